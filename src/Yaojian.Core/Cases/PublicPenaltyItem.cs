namespace Yaojian.Core.Cases;

/// <summary>One penalty of a published decision: on whom (masked), its kind, its sum or what it covers.</summary>
public sealed record PublicPenaltyItem(string Target, PenaltyKind Kind, decimal? Amount, string? Detail);
