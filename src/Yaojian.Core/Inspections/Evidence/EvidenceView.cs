namespace Yaojian.Core.Inspections.Evidence;

/// <summary>An evidence file as a record shows it; its bytes are at <c>/api/evidence/{Id}</c>.</summary>
public sealed record EvidenceView(int Id, int? FindingId, string FileName, string MediaType, long Size, string? Caption, string UploadedBy, DateTimeOffset UploadedAt)
{
    public bool IsImage => EvidenceTypes.IsImage(MediaType);
}
