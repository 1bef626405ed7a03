namespace Yaojian.Core.Planning;

/// <summary>A grading rule as the plan page lists it: on what outcome, how the grade moves, and why.</summary>
public sealed record GradingSummary(string Id, string Name, IReadOnlyList<string> Requirements, string Events, string Change);
