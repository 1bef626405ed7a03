using Yaojian.Core.Common;
using Yaojian.Core.Resources;

namespace Yaojian.Core.Registry.Interchange;

/// <summary>Checks a unit file: required columns, every row's code, name and kind, and codes repeated in the file.</summary>
public static class UnitFileValidator
{
    public static (IReadOnlyList<OrgUnit> Units, ImportErrors Errors) Validate(SheetStream sheet)
    {
        var (file, errors) = (sheet.File, sheet.Errors);
        errors.AddRange(UnitColumns.Required.Where(c => !sheet.Header.Contains(c, StringComparer.Ordinal))
            .Select(c => new ImportError(file, 1, c, EnumText.Format(Text.Error_MissingColumn, c))));
        if (errors.Total > 0)
        {
            return ([], errors);
        }

        var units = new List<OrgUnit>();
        var firstRow = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in sheet.Rows)
        {
            var code = row[UnitColumns.Code].Trim();
            var name = row[UnitColumns.Name].Trim();
            var kindText = row[UnitColumns.Kind].Trim();
            var territory = row[UnitColumns.Territory].Trim();
            var before = errors.Total;
            void Fail(string column, string? reason)
            {
                if (reason is not null)
                {
                    errors.Add(new ImportError(file, row.RowNumber, column, reason));
                }
            }

            Fail(UnitColumns.Code, EntityRules.CheckCode(code));
            if (code.Length > 0 && !firstRow.TryAdd(code, row.RowNumber))
            {
                Fail(UnitColumns.Code, EnumText.Format(Text.Error_DuplicateCode, code, firstRow[code]));
            }

            Fail(UnitColumns.Name, EntityRules.CheckIdentifier(name, Text.Column_name, 100));
            if (!SnakeCaseNames<OrgUnitKind>.TryParse(kindText, out var kind))
            {
                Fail(UnitColumns.Kind, EnumText.Format(Text.Error_UnknownUnitKind, kindText, string.Join(' ', SnakeCaseNames<OrgUnitKind>.All)));
            }

            Fail(UnitColumns.Territory, EntityRules.CheckText(territory, Text.Column_territory, 1000));
            if (errors.Total == before)
            {
                units.Add(new OrgUnit { Code = code, Name = name, Kind = kind, Territory = territory });
            }
        }

        if (errors.Total == 0 && units.Count == 0)
        {
            errors.Add(new ImportError(file, 0, string.Empty, Text.Error_EmptyFile));
        }

        return (errors.Total == 0 ? units : [], errors);
    }
}
