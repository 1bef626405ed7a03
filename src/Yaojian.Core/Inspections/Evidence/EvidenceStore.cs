using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Resources;

namespace Yaojian.Core.Inspections.Evidence;

/// <summary>Checks an upload and adds it to the context: its content once by hash, a file row for where it belongs.</summary>
internal static class EvidenceStore
{
    public const int MaxFileNameLength = 200;
    public const int MaxCaptionLength = 200;

    /// <summary>Why the upload is refused, naming the file, or null when it may be stored.</summary>
    public static string? Problem(EvidenceUpload upload)
    {
        var name = CleanName(upload.FileName);
        if (upload.Bytes.Length == 0)
        {
            return EnumText.Format(Text.Evidence_Empty, name);
        }

        if (upload.Bytes.Length > EvidenceTypes.MaxBytes)
        {
            return EnumText.Format(Text.Evidence_TooLarge, name, EvidenceTypes.MaxBytes / (1024 * 1024));
        }

        if (EvidenceTypes.Sniff(upload.Bytes) is null)
        {
            return EnumText.Format(Text.Evidence_BadType, name);
        }

        return upload.Caption?.Trim().Length > MaxCaptionLength ? EnumText.Format(Text.Evidence_CaptionTooLong, MaxCaptionLength) : null;
    }

    /// <summary>Adds a checked upload (see <see cref="Problem"/>); the caller sets where it belongs and saves.</summary>
    public static async Task<EvidenceFile> AddAsync(YaojianDb db, EvidenceUpload upload, string by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var mediaType = EvidenceTypes.Sniff(upload.Bytes)!;
        var hash = Convert.ToHexStringLower(SHA256.HashData(upload.Bytes));
        var known = db.EvidenceContents.Local.Any(c => c.Hash == hash)
            || await db.EvidenceContents.AnyAsync(c => c.Hash == hash, cancellationToken);
        if (!known)
        {
            db.EvidenceContents.Add(new EvidenceContent { Hash = hash, Bytes = upload.Bytes, Size = upload.Bytes.Length, MediaType = mediaType, StoredAt = now });
        }

        var file = new EvidenceFile
        {
            ContentHash = hash,
            FileName = CleanName(upload.FileName),
            MediaType = mediaType,
            Size = upload.Bytes.Length,
            Caption = string.IsNullOrWhiteSpace(upload.Caption) ? null : upload.Caption.Trim(),
            FindingId = upload.FindingId,
            ClientKey = upload.ClientKey is { Length: > 0 and <= 64 } key ? key : null,
            UploadedBy = by,
            UploadedAt = now,
        };
        db.EvidenceFiles.Add(file);
        return file;
    }

    /// <summary>The name without any folder a browser sent, shortened to fit; a phone's camera may send none.</summary>
    public static string CleanName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? string.Empty).Replace('\\', '/')).Trim();
        name = new string(name.Where(c => !char.IsControl(c)).ToArray());
        if (name.Length == 0)
        {
            return Text.Evidence_Unnamed;
        }

        return name.Length <= MaxFileNameLength ? name : name[^MaxFileNameLength..];
    }
}
