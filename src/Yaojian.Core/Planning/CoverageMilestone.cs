namespace Yaojian.Core.Planning;

/// <summary>
/// A coverage milestone (KZ-D-3.6): the share of a category inspected by each date. <see cref="Lead"/> leads the
/// visit only for a member no rule plans; otherwise the milestone pulls that member's first visit forward.
/// </summary>
public sealed record CoverageMilestone(
    string Id,
    string Name,
    IReadOnlyList<string> Requirements,
    EntitySelector Select,
    IReadOnlyList<MilestoneTarget> Targets,
    LeadUnit Lead);
