namespace Yaojian.Core.Cases;

/// <summary>A partner bureau to add to a joint case.</summary>
public sealed record PartnerInput(string? Bureau, PartnerRole Role, string? Note = null);
