using System.Text;

namespace Yaojian.Core.Registry.Interchange;

/// <summary>
/// Double-encoded UTF-8: UTF-8 bytes read as Windows-1252 (or Latin-1) and saved again as UTF-8, so that 喀左 becomes
/// <c>å–€å·¦</c>. Every non-ASCII character of such text is one of those code pages' characters, and its bytes there
/// are valid UTF-8 again; text a person wrote in Chinese or in a European language almost never is (a lone <c>°</c>
/// or <c>é</c> is not valid UTF-8 on its own). Text read as GBK and saved again loses bytes and is not detected here.
/// </summary>
public static class Mojibake
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Each Windows-1252 character of 0x80–0x9F (€, ‚, ƒ, „, …, –, —, ™…) to its byte.</summary>
    private static readonly Dictionary<char, byte> Windows1252 = MakeWindows1252();

    /// <summary>
    /// The text that a double-encoded run of <paramref name="value"/> stood for (the first such run), or null when the
    /// value holds none.
    /// </summary>
    public static string? Repair(string value)
    {
        for (var start = 0; start < value.Length; start++)
        {
            if (ByteOf(value[start]) is null)
            {
                continue;
            }

            var end = start;
            while (end < value.Length && ByteOf(value[end]) is not null)
            {
                end++;
            }

            if (end - start >= 2 && Decode(value.AsSpan(start, end - start)) is { } original)
            {
                return original;
            }

            start = end;
        }

        return null;
    }

    /// <summary>The byte a non-ASCII character of Windows-1252 or Latin-1 is, or null for any other character.</summary>
    private static byte? ByteOf(char c) =>
        c is >= '\u0080' and <= '\u00FF' ? (byte)c : Windows1252.TryGetValue(c, out var b) ? b : null;

    private static string? Decode(ReadOnlySpan<char> run)
    {
        Span<byte> bytes = run.Length <= 256 ? stackalloc byte[run.Length] : new byte[run.Length];
        for (var i = 0; i < run.Length; i++)
        {
            bytes[i] = ByteOf(run[i])!.Value;
        }

        try
        {
            return Strict.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static Dictionary<char, byte> MakeWindows1252()
    {
        var encoding = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        var map = new Dictionary<char, byte>();
        for (var b = 0x80; b <= 0x9F; b++)
        {
            var c = encoding.GetString([(byte)b])[0];
            if (c > '\u00FF')
            {
                map[c] = (byte)b;
            }
        }

        return map;
    }
}
