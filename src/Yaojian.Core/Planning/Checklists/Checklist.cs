namespace Yaojian.Core.Planning.Checklists;

/// <summary>
/// A versioned inspection checklist of the plan file (<c>checklists:</c>, HG-2.2, KZ-D-2.4, KZ-D-3.3…): the items an
/// inspector answers, each with the requirement IDs it comes from. A checklist applies to the entities its
/// <see cref="AppliesTo"/> selects on a routine visit, or to the visits of its <see cref="Campaign"/>; with both, to
/// the campaign's visits of the entities selected. An inspection record keeps <see cref="Id"/> and
/// <see cref="Version"/>, so a later version of the list never rewrites what was answered against an earlier one.
/// </summary>
public sealed record Checklist(
    string Id,
    int Version,
    string Name,
    IReadOnlyList<string> Requirements,
    EntitySelector? AppliesTo,
    string? Campaign,
    IReadOnlyList<ChecklistItem> Items)
{
    /// <summary>Whether this list is used on a visit of <paramref name="entity"/> (a campaign's visit when
    /// <paramref name="campaignId"/> is given, otherwise a routine one).</summary>
    public bool AppliesOn(PlanEntity entity, string? campaignId) =>
        string.Equals(Campaign, campaignId, StringComparison.Ordinal)
        && (AppliesTo is null ? Campaign is not null : AppliesTo.Matches(entity));
}
