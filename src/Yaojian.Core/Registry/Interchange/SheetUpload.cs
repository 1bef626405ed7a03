using Yaojian.Core.Common;
using Yaojian.Core.Resources;
using Yaojian.Core.Security;

namespace Yaojian.Core.Registry.Interchange;

/// <summary>
/// What every import does before looking at rows: the caller's right, the file's type by extension, and a readable
/// header — or null, and the error that refuses the file in <paramref name="errors"/>.
/// </summary>
internal static class SheetUpload
{
    public static SheetStream? Open(Caller caller, Permission needed, Stream stream, string fileName, ImportErrors errors)
    {
        var file = Path.GetFileName(fileName);
        if (!caller.Can(needed))
        {
            errors.Add(new ImportError(file, 0, string.Empty, Text.Error_NoRight));
            return null;
        }

        if (SheetFormats.FromFileName(fileName) is not { } format)
        {
            errors.Add(new ImportError(file, 0, string.Empty, EnumText.Format(Text.Error_UnsupportedFile, Path.GetExtension(fileName))));
            return null;
        }

        var sheet = SheetReader.Open(stream, format, file, errors);
        return errors.Total > 0 ? null : sheet;
    }
}
