using Yaojian.Core.Common;
using Yaojian.Core.Resources;
using Yaojian.Core.Security;

namespace Yaojian.Core.Registry.Interchange;

/// <summary>
/// What every import does before looking at rows: the caller's right, the file's type by extension, and a readable
/// sheet — or the one error that refuses the file.
/// </summary>
internal static class SheetUpload
{
    public static ImportError? Read(Caller caller, Permission needed, Stream stream, string fileName, out SheetContent sheet)
    {
        sheet = new SheetContent([], []);
        var file = Path.GetFileName(fileName);
        if (!caller.Can(needed))
        {
            return new ImportError(file, 0, string.Empty, Text.Error_NoRight);
        }

        if (SheetFormats.FromFileName(fileName) is not { } format)
        {
            return new ImportError(file, 0, string.Empty, EnumText.Format(Text.Error_UnsupportedFile, Path.GetExtension(fileName)));
        }

        if (format == SheetFormat.Csv && !Utf8Text.Holds(stream))
        {
            return new ImportError(file, 0, string.Empty, Text.Error_CsvNotUtf8);
        }

        try
        {
            sheet = SheetReader.Read(stream, format);
            return null;
        }
        catch (CsvHelper.CsvHelperException e)
        {
            // The parser's own text describes its internals, not the file: the row is what the user can act on.
            return new ImportError(file, 0, string.Empty, e.Context?.Parser?.Row is int row and > 0
                ? EnumText.Format(Text.Error_BadCsvAt, row)
                : Text.Error_BadCsv);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new ImportError(file, 0, string.Empty, format == SheetFormat.Xlsx ? Text.Error_BadXlsx : Text.Error_BadCsv);
        }
    }
}
