namespace Yaojian.Core.Planning;

/// <summary>A special campaign as the plan page lists it, with how many entities fall in its scope.</summary>
public sealed record CampaignSummary(string Id, string Name, IReadOnlyList<string> Requirements, string Target, DateOnly? Deadline, int InScope, IReadOnlyList<string> Focus);
