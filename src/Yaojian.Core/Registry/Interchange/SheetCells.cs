using System.Collections;

namespace Yaojian.Core.Registry.Interchange;

/// <summary>
/// One row's cells by header name, read through a column map shared by every row of the sheet: the same answers as a
/// dictionary filled cell by cell (a repeated header name gives its last column, a short row reads as empty cells),
/// without building one per row — a million-row file would otherwise build a million dictionaries.
/// </summary>
internal sealed class SheetCells(IReadOnlyDictionary<string, int> columns, IReadOnlyList<string> cells) : IReadOnlyDictionary<string, string>
{
    public int Count => columns.Count;

    public IEnumerable<string> Keys => columns.Keys;

    public IEnumerable<string> Values => columns.Values.Select(Cell);

    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => columns.ContainsKey(key);

    public bool TryGetValue(string key, out string value)
    {
        if (columns.TryGetValue(key, out var index))
        {
            value = Cell(index);
            return true;
        }

        value = string.Empty;
        return false;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() =>
        columns.Select(c => KeyValuePair.Create(c.Key, Cell(c.Value))).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private string Cell(int index) => index < cells.Count ? cells[index] : string.Empty;
}
