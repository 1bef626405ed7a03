namespace Yaojian.Core.Planning;

/// <summary>A rule as the plan page lists it: what it asks, why, who leads, and how many visits and entities it drew.</summary>
public sealed record RuleSummary(string Id, string Name, IReadOnlyList<string> Requirements, string Frequency, string Lead, int Visits, int Entities);
