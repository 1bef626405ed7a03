namespace Yaojian.Core.Inspections;

/// <summary>A signature on a record.</summary>
public sealed record SignatureView(SignerRole Role, string SignerName, DateTimeOffset SignedAt);
