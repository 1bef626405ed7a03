namespace Yaojian.Core.Planning;

/// <summary>
/// A special campaign (专项行动) with its scope, target and deadline (HG-3.2, KZ-D-3.5, KZ-M-2.2, KZ-M-2.6). One that
/// plans visits becomes a scheduling rule with the campaign's id; its visits are separate from routine ones,
/// since a special inspection has its own checklist.
/// </summary>
public sealed record SpecialCampaign(
    string Id,
    string Name,
    IReadOnlyList<string> Requirements,
    string Mode,
    EntitySelector Select,
    CampaignTarget Target,
    DateOnly? Start,
    DateOnly? Deadline,
    LeadUnit Lead,
    IReadOnlyList<string> Assist,
    IReadOnlyList<string> Partners,
    IReadOnlyList<string> Focus);
