using MiniExcelLibs;

namespace Yaojian.Core.Registry.Interchange;

/// <summary>Writes rows of named text columns as UTF-8 CSV or as a one-sheet .xlsx file, streaming.</summary>
public static class SheetWriter
{
    public static void Write(Stream stream, SheetFormat format, IEnumerable<IDictionary<string, object?>> rows, string sheetName = "Sheet1") =>
        MiniExcel.SaveAs(stream, rows, printHeader: true, sheetName: sheetName,
            excelType: format == SheetFormat.Csv ? ExcelType.CSV : ExcelType.XLSX);
}
