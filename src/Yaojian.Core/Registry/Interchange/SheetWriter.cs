using MiniExcelLibs;

namespace Yaojian.Core.Registry.Interchange;

/// <summary>
/// Writes rows of named text columns as UTF-8 CSV or as a one-sheet .xlsx file, streaming. A CSV value that a
/// spreadsheet would run as a formula is written as text (<see cref="CsvCell.Escape"/>); an .xlsx cell is always a
/// string cell, never a formula.
/// </summary>
public static class SheetWriter
{
    public static void Write(Stream stream, SheetFormat format, IEnumerable<IDictionary<string, object?>> rows, string sheetName = "Sheet1") =>
        MiniExcel.SaveAs(stream, format == SheetFormat.Csv ? rows.Select(AsCsv) : rows, printHeader: true, sheetName: sheetName,
            excelType: format == SheetFormat.Csv ? ExcelType.CSV : ExcelType.XLSX);

    private static IDictionary<string, object?> AsCsv(IDictionary<string, object?> row)
    {
        foreach (var (column, value) in row)
        {
            if (value is string text && CsvCell.NeedsQuote(text))
            {
                row[column] = CsvCell.Escape(text);
            }
        }

        return row;
    }
}
