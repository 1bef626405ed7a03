namespace Yaojian.Core.Planning;

/// <summary>One scheduling rule of the plan: which entities, how often, which unit leads, and why (requirements).</summary>
public sealed record InspectionRule(
    string Id,
    string Name,
    IReadOnlyList<string> Requirements,
    EntitySelector Select,
    Frequency Frequency,
    LeadUnit Lead,
    IReadOnlyList<string> Assist,
    string? Campaign = null);
