namespace Yaojian.Core.Registry.Interchange;

public static class SheetFormats
{
    /// <summary>The format a file name's extension asks for, or null for any other extension.</summary>
    public static SheetFormat? FromFileName(string fileName) =>
        Path.GetExtension(fileName).ToUpperInvariant() switch
        {
            ".CSV" => SheetFormat.Csv,
            ".XLSX" => SheetFormat.Xlsx,
            _ => null,
        };
}
