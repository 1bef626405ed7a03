using Yaojian.Core.Registry;

namespace Yaojian.Core.Risks;

/// <summary>What the agenda knows of a clue to tell its area: the kind of the entity it concerns and, for a clue a
/// nonconforming sample opened, the sample's category in the plan file (<c>sampling.categories[].id</c>).</summary>
public sealed record ClueFacts(EntityKind? EntityKind, string? SamplingCategory);

/// <summary>
/// Which consultation meetings weigh a clue: the plan file's <c>signals</c> of each meeting, read in this order —
/// <list type="number">
/// <item>a clue a sample opened goes to the meetings whose <c>sampling_categories</c> name the sample's category (a drug
/// sample's clue is the drug meeting's, whoever it was taken from);</item>
/// <item>otherwise to the meetings whose <c>entity_kinds</c> name the kind of its entity (a device operator's clue is the
/// device meeting's; a hospital, which both uses drugs and devices, may be named by both meetings and its clues go to
/// both);</item>
/// <item>a clue neither tells — no entity, an entity or category no meeting names, a plan without <c>signals</c> — goes
/// to every meeting, so that no signal is lost.</item>
/// </list>
/// The product is not read: the catalogue does not say whether a product is a drug or a device.
/// </summary>
public static class ClueAreas
{
    public static IReadOnlySet<RiskArea> Of(ClueFacts clue, RiskConsultationPlan plan)
    {
        if (clue.SamplingCategory is { } category && Named(plan, s => s.SamplingCategories.Contains(category, StringComparer.Ordinal)) is { Count: > 0 } bySample)
        {
            return bySample;
        }

        if (clue.EntityKind is { } kind && Named(plan, s => s.EntityKinds.Contains(kind)) is { Count: > 0 } byEntity)
        {
            return byEntity;
        }

        return Enum.GetValues<RiskArea>().ToHashSet();
    }

    public static bool Weighs(RiskArea area, ClueFacts clue, RiskConsultationPlan plan) => Of(clue, plan).Contains(area);

    private static HashSet<RiskArea> Named(RiskConsultationPlan plan, Func<ConsultationSignals, bool> names) =>
        plan.Meetings.Where(m => names(m.Signals)).Select(m => m.Area).ToHashSet();
}
