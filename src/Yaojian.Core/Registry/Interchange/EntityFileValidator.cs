using Yaojian.Core.Common;
using Yaojian.Core.Resources;

namespace Yaojian.Core.Registry.Interchange;

/// <summary>Checks a whole file: every row, every column, and codes repeated within the file.</summary>
public static class EntityFileValidator
{
    public static (IReadOnlyList<ParsedEntity> Entities, IReadOnlyList<ImportError> Errors) Validate(
        string file, IReadOnlyList<string> header, IEnumerable<EntityRow> rows, IReadOnlyDictionary<string, int> unitIdsByCode) =>
        Validate(file, header, rows, unitIdsByCode, entity => entity);

    /// <summary>
    /// As <see cref="Validate(string, IReadOnlyList{string}, IEnumerable{EntityRow}, IReadOnlyDictionary{string, int})"/>,
    /// keeping of each good row only what <paramref name="keep"/> makes of it: a caller that needs a few fields of a
    /// million rows then never holds a million names and addresses.
    /// </summary>
    public static (IReadOnlyList<T> Entities, IReadOnlyList<ImportError> Errors) Validate<T>(
        string file, IReadOnlyList<string> header, IEnumerable<EntityRow> rows, IReadOnlyDictionary<string, int> unitIdsByCode,
        Func<ParsedEntity, T> keep)
    {
        var errors = new List<ImportError>();
        foreach (var missing in EntityColumns.Required.Where(c => !header.Contains(c, StringComparer.Ordinal)))
        {
            errors.Add(new ImportError(file, 1, missing, EnumText.Format(Text.Error_MissingColumn, missing)));
        }

        if (errors.Count > 0)
        {
            return ([], errors);
        }

        var parsed = new List<T>();
        var firstRowByCode = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var code = row[EntityColumns.Code].Trim();
            if (code.Length > 0 && !firstRowByCode.TryAdd(code, row.RowNumber))
            {
                errors.Add(new ImportError(file, row.RowNumber, EntityColumns.Code,
                    EnumText.Format(Text.Error_DuplicateCode, code, firstRowByCode[code])));
            }

            var entity = EntityRowParser.Parse(file, row, unitIdsByCode, errors);
            if (entity is not null)
            {
                parsed.Add(keep(entity));
            }
        }

        if (errors.Count == 0 && parsed.Count == 0)
        {
            errors.Add(new ImportError(file, 0, string.Empty, Text.Error_EmptyFile));
        }

        return (parsed, errors.OrderBy(e => e.Row).ThenBy(e => ColumnOrder(e.Column)).ToList());
    }

    private static int ColumnOrder(string column)
    {
        var index = EntityColumns.All.ToList().IndexOf(column);
        return index < 0 ? int.MaxValue : index;
    }
}
