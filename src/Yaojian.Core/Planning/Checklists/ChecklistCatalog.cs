namespace Yaojian.Core.Planning.Checklists;

/// <summary>Which checklists of a plan an inspection of an entity uses.</summary>
public static class ChecklistCatalog
{
    /// <summary>
    /// The checklists for a visit of <paramref name="entity"/>, in the order of the plan file. A routine visit
    /// (<paramref name="campaignId"/> null) uses the lists without a campaign whose <c>applies_to</c> selects the
    /// entity; a campaign's visit uses the lists linked to that campaign (narrowed by their <c>applies_to</c> when
    /// given). A campaign with no list of its own falls back to the routine lists: its visit is still an
    /// inspection of the entity.
    /// </summary>
    public static IReadOnlyList<Checklist> For(PlanDefinition plan, PlanEntity entity, string? campaignId)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(entity);
        if (campaignId is not null && plan.Checklists.Any(c => string.Equals(c.Campaign, campaignId, StringComparison.Ordinal)))
        {
            return [.. plan.Checklists.Where(c => c.AppliesOn(entity, campaignId))];
        }

        return [.. plan.Checklists.Where(c => c.AppliesOn(entity, null))];
    }
}
