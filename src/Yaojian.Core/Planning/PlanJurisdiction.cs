namespace Yaojian.Core.Planning;

/// <summary>The county or city the plan is for: name, optional population (for per-million targets), its units.</summary>
public sealed record PlanJurisdiction(string Name, string? DivisionCode, long? Population, IReadOnlyList<PlanUnit> Units);
