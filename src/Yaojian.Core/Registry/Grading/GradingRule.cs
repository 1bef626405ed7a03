using Yaojian.Core.Planning;

namespace Yaojian.Core.Registry.Grading;

/// <summary>
/// One rule of the plan file's <c>grading:</c> section (HG-6(3)): when one of <see cref="When"/> happens to an entity
/// <see cref="AppliesTo"/> selects (every entity when null), its credit grade moves by <see cref="Move"/>.
/// </summary>
public sealed record GradingRule(
    string Id,
    string Name,
    IReadOnlyList<string> Requirements,
    EntitySelector? AppliesTo,
    IReadOnlySet<GradingEvent> When,
    GradeMove Move)
{
    /// <summary>Closed and revoked entities are never graded (they no longer operate); see <see cref="EntitySelector.Matches"/>.</summary>
    public bool Covers(PlanEntity entity) => AppliesTo?.Matches(entity) ?? entity.CanBePlanned;
}
