namespace Yaojian.Core.Registry.Interchange;

/// <summary>One data row of an entity file as text, with its row number as a spreadsheet shows it (header is 1).</summary>
public sealed record EntityRow(int RowNumber, IReadOnlyDictionary<string, string> Cells)
{
    public string this[string column] => Cells.TryGetValue(column, out var value) ? value : string.Empty;

    public bool Has(string column) => Cells.ContainsKey(column);
}
