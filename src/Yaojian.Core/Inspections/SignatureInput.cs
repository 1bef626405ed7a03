namespace Yaojian.Core.Inspections;

/// <summary>
/// A signature: who signs, as what, and when it was made when that was earlier than now (signed on a phone without a
/// network, sent later): the record keeps the moment of signing, not of sending.
/// </summary>
public sealed record SignatureInput(SignerRole Role, string SignerName, DateTimeOffset? SignedAt = null);
