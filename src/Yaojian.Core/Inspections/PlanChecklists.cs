using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Planning;
using Yaojian.Core.Planning.Checklists;

namespace Yaojian.Core.Inspections;

/// <summary>
/// The checklist items a record asks when none are given: those the plan file in force (the year's, or the last one
/// loaded before it) sets for the entity, a campaign's own lists for a campaign visit; each item named
/// <c>checklist.item</c>.
/// </summary>
internal static class PlanChecklists
{
    public static async Task<(string? Checklists, IReadOnlyList<ChecklistItemInput> Items)> ForAsync(
        YaojianDb db, int entityId, int year, IReadOnlyCollection<string> ruleIds, CancellationToken cancellationToken)
    {
        var plan = await PlanInputs.PlanInForceAsync(db, year, cancellationToken);
        var entity = await db.Entities.AsNoTracking().Where(e => e.Id == entityId)
            .Select(e => new PlanEntity(e.Code, e.Kind, e.Unit!.Code, e.Area, e.CreditGrade, e.DeviceTier, e.Status, e.Tags))
            .SingleAsync(cancellationToken);
        if (plan is null)
        {
            return (null, []);
        }

        var campaign = plan.Campaigns.Select(c => c.Id).FirstOrDefault(ruleIds.Contains);
        var lists = ChecklistCatalog.For(plan, entity, campaign);
        var items = lists.SelectMany(c => c.Items.Select(i => new ChecklistItemInput($"{c.Id}.{i.Id}", i.Text, i.Requirements, i.Group is null ? c.Name : $"{c.Name} · {i.Group}"))).ToList();
        var names = string.Join(';', lists.Select(c => $"{c.Id}@{c.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
        return (names.Length == 0 ? null : names[..Math.Min(names.Length, 500)], items);
    }
}
