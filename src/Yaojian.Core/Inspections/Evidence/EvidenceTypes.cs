namespace Yaojian.Core.Inspections.Evidence;

/// <summary>
/// What an evidence file may be: a photo (JPEG, PNG, WebP) or a PDF, recognised by its first bytes rather than by the
/// name or the type the browser claims, and at most <see cref="MaxBytes"/>.
/// </summary>
public static class EvidenceTypes
{
    /// <summary>10 MB: a phone photo is 2–8 MB before the form shrinks it; a scanned reply of a few pages fits too.</summary>
    public const long MaxBytes = 10L * 1024 * 1024;

    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";
    public const string Webp = "image/webp";
    public const string Pdf = "application/pdf";

    public static IReadOnlyList<string> Accepted { get; } = [Jpeg, Png, Webp, Pdf];

    /// <summary>The media type the content really is, or null when it is none of <see cref="Accepted"/>.</summary>
    public static string? Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return Jpeg;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }

        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return Webp;
        }

        return head.StartsWith("%PDF-"u8) ? Pdf : null;
    }

    public static bool IsImage(string mediaType) => mediaType.StartsWith("image/", StringComparison.Ordinal);

    /// <summary>The extension a download is named with.</summary>
    public static string ExtensionOf(string mediaType) => mediaType switch
    {
        Jpeg => ".jpg",
        Png => ".png",
        Webp => ".webp",
        _ => ".pdf",
    };
}
