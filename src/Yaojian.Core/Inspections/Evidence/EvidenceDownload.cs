namespace Yaojian.Core.Inspections.Evidence;

/// <summary>An evidence file's bytes, with the type they were recognised as and the name to save them under.</summary>
public sealed record EvidenceDownload(byte[] Bytes, string MediaType, string FileName);
