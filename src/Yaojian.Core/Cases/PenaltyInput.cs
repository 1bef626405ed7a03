namespace Yaojian.Core.Cases;

/// <summary>A penalty to impose: on the party (no <paramref name="PersonNo"/>) or on the case's person of that number.</summary>
public sealed record PenaltyInput(PenaltyKind Kind, int? PersonNo = null, decimal? Amount = null, string? Detail = null);
