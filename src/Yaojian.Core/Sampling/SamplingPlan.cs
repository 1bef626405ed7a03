namespace Yaojian.Core.Sampling;

/// <summary>
/// The year's sampling plan (抽检计划, KZ-D-4.2) from the plan file's <c>sampling:</c> section: the categories samples
/// are taken in, the focus lists (重点关注品种名单) a sample may count for, and the case-filing target for
/// nonconforming results (KZ-D-3.6). Counts are optional: the city's plan sets them.
/// </summary>
public sealed record SamplingPlan(
    FilingTarget? Filing,
    IReadOnlyList<SamplingCategory> Categories,
    IReadOnlyList<FocusList> Focus)
{
    public SamplingCategory? Category(string? id) => Categories.FirstOrDefault(c => c.Id == id);
}
