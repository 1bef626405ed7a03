namespace Yaojian.Core.Inspections.Evidence;

/// <summary>
/// The bytes of an evidence file, stored once by their SHA-256 (a photo attached to two findings, or copied into a
/// corrected version, is one row).
/// </summary>
public class EvidenceContent
{
    /// <summary>The SHA-256 of <see cref="Bytes"/>, lower-case hex.</summary>
    public required string Hash { get; set; }

    public required byte[] Bytes { get; set; }

    public long Size { get; set; }

    public required string MediaType { get; set; }

    public DateTimeOffset StoredAt { get; set; }
}
