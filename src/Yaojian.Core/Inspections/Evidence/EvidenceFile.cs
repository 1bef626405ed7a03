namespace Yaojian.Core.Inspections.Evidence;

/// <summary>
/// A photo or PDF attached to an inspection record (optionally to one of its findings) or to a disposition (the entity's
/// reply, say). Its bytes are an <see cref="EvidenceContent"/>, shared by every file with the same content.
/// </summary>
public class EvidenceFile
{
    public int Id { get; set; }

    public int? InspectionId { get; set; }

    public int? FindingId { get; set; }

    public int? DispositionId { get; set; }

    public required string ContentHash { get; set; }

    /// <summary>The name it was uploaded with, cleaned of any folder.</summary>
    public required string FileName { get; set; }

    public required string MediaType { get; set; }

    public long Size { get; set; }

    public string? Caption { get; set; }

    /// <summary>The key the phone's outbox gave the upload: sent again after a lost answer, it is not stored twice.</summary>
    public string? ClientKey { get; set; }

    public required string UploadedBy { get; set; }

    public DateTimeOffset UploadedAt { get; set; }
}
