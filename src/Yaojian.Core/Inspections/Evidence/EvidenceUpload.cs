namespace Yaojian.Core.Inspections.Evidence;

/// <summary>A file as uploaded: its name, its bytes (the edge refuses anything over <see cref="EvidenceTypes.MaxBytes"/>
/// before reading it), what it shows, and the finding it belongs to, if any.</summary>
public sealed record EvidenceUpload(string FileName, byte[] Bytes, string? Caption = null, int? FindingId = null, string? ClientKey = null);
