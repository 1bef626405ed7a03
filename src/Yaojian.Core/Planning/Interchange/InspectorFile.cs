using Yaojian.Core.Common;
using Yaojian.Core.Registry;
using Yaojian.Core.Registry.Interchange;
using Yaojian.Core.Resources;

namespace Yaojian.Core.Planning.Interchange;

/// <summary>Reads the inspectors file: <c>code,name,unit,conflicts</c>, conflicts a <c>;</c>-separated list of entity codes.</summary>
public static class InspectorFile
{
    public static (IReadOnlyList<PlanInspector> Inspectors, ImportErrors Errors) Read(
        string file, IReadOnlyList<string> header, IEnumerable<EntityRow> rows, IReadOnlySet<string> units, IReadOnlySet<string> entityCodes,
        ImportErrors? errors = null)
    {
        errors ??= new ImportErrors();
        errors.AddRange(PlanSheets.MissingColumns(file, header, PlanFileColumns.Inspectors[..3]));
        var inspectors = new List<PlanInspector>();
        var firstRow = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in errors.Total > 0 ? [] : rows)
        {
            var code = row["code"].Trim();
            var name = row["name"].Trim();
            var unit = row["unit"].Trim();
            var before = errors.Total;
            if (code.Length == 0 || code.Length > 64)
            {
                errors.Add(new ImportError(file, row.RowNumber, "code", EnumText.Format(Text.Error_Required, "code")));
            }
            else if (CellText.CheckIdentifier(code, "code") is { } badCode)
            {
                errors.Add(new ImportError(file, row.RowNumber, "code", badCode));
            }
            else if (!firstRow.TryAdd(code, row.RowNumber))
            {
                errors.Add(new ImportError(file, row.RowNumber, "code", EnumText.Format(Text.Error_DuplicateCode, code, firstRow[code])));
            }

            if (EntityRules.CheckIdentifier(name, "name", EntityRules.PersonNameMaxLength) is { } badName)
            {
                errors.Add(new ImportError(file, row.RowNumber, "name", badName));
            }

            if (!units.Contains(unit))
            {
                errors.Add(new ImportError(file, row.RowNumber, "unit", EnumText.Format(Text.Plan_UnknownUnit, unit, string.Join("、", units.Order(StringComparer.Ordinal)))));
            }

            var conflicts = row["conflicts"].Split([';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .ToHashSet(StringComparer.Ordinal);
            foreach (var unknown in conflicts.Where(c => !entityCodes.Contains(c)))
            {
                errors.Add(new ImportError(file, row.RowNumber, "conflicts", EnumText.Format(Text.Plan_UnknownEntity, unknown)));
            }

            if (errors.Total == before)
            {
                inspectors.Add(new PlanInspector(code, name, unit, conflicts));
            }
        }

        return (inspectors, errors);
    }
}
