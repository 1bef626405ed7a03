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

    /// <summary>
    /// A page's upload, which arrives over the circuit, copied once to a temporary file (deleted when the stream is
    /// closed) so the reader can seek inside an .xlsx — not into memory, where a 50 MB file would stay for the import.
    /// </summary>
    public static async Task<Stream> BufferAsync(IBrowserFile file)
    {
        var buffer = new FileStream(
            Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await using (var upload = file.OpenReadStream(RegistryApi.MaxImportBytes))
            {
                await upload.CopyToAsync(buffer);
            }

            buffer.Position = 0;
            return buffer;
        }
        catch
        {
            await buffer.DisposeAsync();
            throw;
        }
    }
}
