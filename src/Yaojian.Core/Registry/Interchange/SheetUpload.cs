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

        try
        {
            sheet = SheetReader.Read(stream, format);
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new ImportError(file, 0, string.Empty, EnumText.Format(Text.Error_UnreadableFile, e.Message));
        }
    }
}
