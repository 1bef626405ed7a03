using Yaojian.Core.Common;
using Yaojian.Core.Resources;

namespace Yaojian.Core.Registry.Interchange;

/// <summary>
/// Checks a whole file: every row, every column, codes and credit codes repeated within the file, and — given what is
/// stored — codes that only look like a stored one and credit codes of another entity.
/// </summary>
public static class EntityFileValidator
{
    public static (IReadOnlyList<ParsedEntity> Entities, ImportErrors Errors) Validate(
        string file, IReadOnlyList<string> header, IEnumerable<EntityRow> rows, IReadOnlyDictionary<string, int> unitIdsByCode) =>
        Validate(new SheetStream(file, header, rows, NewErrors()), unitIdsByCode, entity => entity);

    /// <summary>The errors of an entity file, listed by row and then in the format's column order.</summary>
    public static ImportErrors NewErrors() => new(ColumnOrder);

    /// <summary>
    /// As <see cref="Validate(string, IReadOnlyList{string}, IEnumerable{EntityRow}, IReadOnlyDictionary{string, int})"/>,
    /// keeping of each good row only what <paramref name="keep"/> makes of it (a caller that needs a few fields of a
    /// million rows then never holds a million names and addresses), and nothing once a row is refused.
    /// </summary>
    public static (IReadOnlyList<T> Entities, ImportErrors Errors) Validate<T>(
        SheetStream sheet, IReadOnlyDictionary<string, int> unitIdsByCode, Func<ParsedEntity, T> keep, StoredKeys? stored = null)
    {
        var (file, errors) = (sheet.File, sheet.Errors);
        foreach (var missing in EntityColumns.Required.Where(c => !sheet.Header.Contains(c, StringComparer.Ordinal)))
        {
            errors.Add(new ImportError(file, 1, missing, EnumText.Format(Text.Error_MissingColumn, missing)));
        }

        if (errors.Total > 0)
        {
            return ([], errors);
        }

        stored ??= StoredKeys.None;
        var parsed = new List<T>();
        var firstRowByCode = new Dictionary<string, (string Code, int Row)>(StringComparer.Ordinal);
        var firstRowByUscc = new Dictionary<string, int>(StringComparer.Ordinal);
        var usccClaims = new List<(int Row, string Uscc, string Owner)>();
        var rows = 0;
        foreach (var row in sheet.Rows)
        {
            rows++;
            var code = row[EntityColumns.Code].Trim();
            var key = CodeKey.Of(code);
            if (code.Length > 0 && !firstRowByCode.TryAdd(key, (code, row.RowNumber)))
            {
                var first = firstRowByCode[key];
                errors.Add(new ImportError(file, row.RowNumber, EntityColumns.Code, first.Code == code
                    ? EnumText.Format(Text.Error_DuplicateCode, code, first.Row)
                    : EnumText.Format(Text.Error_LookalikeCodeInFile, code, first.Code, first.Row)));
            }
            else if (code.Length > 0 && stored.CodeLike(key) is { } storedCode && storedCode != code)
            {
                errors.Add(new ImportError(file, row.RowNumber, EntityColumns.Code, EnumText.Format(Text.Error_LookalikeCode, code, storedCode)));
            }

            var uscc = row[EntityColumns.Uscc].Trim().ToUpperInvariant();
            if (uscc.Length > 0 && !firstRowByUscc.TryAdd(uscc, row.RowNumber))
            {
                errors.Add(new ImportError(file, row.RowNumber, EntityColumns.Uscc, EnumText.Format(Text.Error_DuplicateUscc, uscc, firstRowByUscc[uscc])));
            }
            else if (uscc.Length > 0 && stored.UsccOwner(uscc) is { } owner && owner != code)
            {
                usccClaims.Add((row.RowNumber, uscc, owner));
            }

            var entity = EntityRowParser.Parse(file, row, unitIdsByCode, errors);
            if (entity is not null && errors.Total == 0)
            {
                parsed.Add(keep(entity));
            }
            else if (parsed.Count > 0)
            {
                parsed = [];
            }
        }

        // A stored entity's credit code may move to another only when the file gives that entity another one too.
        foreach (var (row, uscc, owner) in usccClaims.Where(c => !firstRowByCode.ContainsKey(CodeKey.Of(c.Owner))))
        {
            errors.Add(new ImportError(file, row, EntityColumns.Uscc, EnumText.Format(Text.Error_UsccTaken, uscc)));
        }

        if (errors.Total == 0 && rows == 0)
        {
            errors.Add(new ImportError(file, 0, string.Empty, Text.Error_EmptyFile));
        }

        return (errors.Total == 0 ? parsed : [], errors);
    }

    private static int ColumnOrder(string column)
    {
        var index = EntityColumns.IndexOf(column);
        return index < 0 ? int.MaxValue : index;
    }
}
