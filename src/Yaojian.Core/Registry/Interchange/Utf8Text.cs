using System.Text;

namespace Yaojian.Core.Registry.Interchange;

/// <summary>
/// Whether a text file is UTF-8, judged on its first 64 KB (a seekable stream is put back where it was): a CSV saved from
/// Excel as "CSV" rather than "CSV UTF-8" is GBK, and would read as columns with garbled names.
/// </summary>
internal static class Utf8Text
{
    private const int Probe = 64 * 1024;

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool Holds(Stream stream)
    {
        if (!stream.CanSeek)
        {
            return true;
        }

        var start = stream.Position;
        var buffer = new byte[Probe];
        var read = stream.ReadAtLeast(buffer, Probe, throwOnEndOfStream: false);
        stream.Position = start;
        try
        {
            // flush: false, so a character cut at the probe's end is not taken for a broken one.
            Strict.GetDecoder().GetCharCount(buffer, 0, read, flush: read < Probe);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
