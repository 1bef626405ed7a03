namespace Yaojian.Core.Sampling;

/// <summary>A product of the catalogue to choose on the sampling form.</summary>
public sealed record ProductOption(int Id, string Name, string ApprovalNumber);
