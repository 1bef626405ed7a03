using Microsoft.AspNetCore.Components.Forms;
using Yaojian.Core.Common;
using Yaojian.Core.Registry.Interchange;
using Yaojian.Web.Resources;

namespace Yaojian.Web.Api;

/// <summary>The size and type check every upload of a sheet (entities, results) passes, from the page or the API.</summary>
public static class ImportUpload
{
    public static string? Check(string? fileName, long length)
    {
        if (string.IsNullOrEmpty(fileName) || length == 0)
        {
            return UiText.Error_NoFile;
        }

        if (SheetFormats.FromFileName(fileName) is null)
        {
            return UiText.Import_BadType;
        }

        return length > RegistryApi.MaxImportBytes
            ? EnumText.Format(UiText.Import_TooLarge, RegistryApi.MaxImportBytes / (1024 * 1024))
            : null;
    }

    /// <summary>A page's upload, which arrives over the circuit, read into memory once so the reader can seek inside an .xlsx.</summary>
    public static async Task<MemoryStream> BufferAsync(IBrowserFile file)
    {
        var buffer = new MemoryStream();
        await using (var upload = file.OpenReadStream(RegistryApi.MaxImportBytes))
        {
            await upload.CopyToAsync(buffer);
        }

        buffer.Position = 0;
        return buffer;
    }
}
