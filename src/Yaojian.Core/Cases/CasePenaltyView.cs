namespace Yaojian.Core.Cases;

/// <summary>A penalty as shown: on whom (the party, or the person of that number, named as the viewer may see), what, how much.</summary>
public sealed record CasePenaltyView(PenaltyKind Kind, int? PersonNo, string Target, decimal? Amount, string? Detail);
