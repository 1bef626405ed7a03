namespace Yaojian.Core.Planning;

/// <summary>Everything the plan page shows for a year; either part may be missing (no file loaded, nothing drawn yet).</summary>
public sealed record PlanOverview(int Year, PlanFileSummary? File, PlanDrawSummary? Draw);
