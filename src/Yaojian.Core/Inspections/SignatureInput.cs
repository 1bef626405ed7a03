namespace Yaojian.Core.Inspections;

/// <summary>A signature: who signs, as what.</summary>
public sealed record SignatureInput(SignerRole Role, string SignerName);
