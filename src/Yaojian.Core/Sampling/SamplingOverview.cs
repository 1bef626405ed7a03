namespace Yaojian.Core.Sampling;

/// <summary>
/// The year's sampling plan and where it stands (抽检计划进度): the plan file it comes from, each category and focus
/// list against its count by quarter, samples awaiting their result, nonconforming ones and the case-filing rate.
/// <see cref="Progress"/> is null when the plan file in force has no sampling section.
/// </summary>
public sealed record SamplingOverview(
    int Year,
    string? PlanTitle,
    SamplingProgress? Progress,
    int Total,
    int Pending,
    int Nonconforming,
    FilingRateResult Filing,
    IReadOnlyList<string> FilingRequirements);
