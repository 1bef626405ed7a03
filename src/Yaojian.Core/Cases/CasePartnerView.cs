namespace Yaojian.Core.Cases;

/// <summary>A partner bureau of a joint case.</summary>
public sealed record CasePartnerView(string Bureau, PartnerRole Role, string? Note);
