namespace Yaojian.Core.Inspections.Documents;

/// <summary>A signature on a document: who signed and when.</summary>
public sealed record SignatureLine(string Name, DateTimeOffset SignedAt);
