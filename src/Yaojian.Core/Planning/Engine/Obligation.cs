namespace Yaojian.Core.Planning.Engine;

/// <summary>
/// "Some visit by <see cref="Lead"/> must fall within [<see cref="Start"/>, <see cref="End"/>]", for a rule (or for
/// a milestone, when <see cref="IsMilestone"/>). <see cref="Group"/> keeps a campaign's visits apart from routine ones.
/// </summary>
internal readonly record struct Obligation(string RuleId, int RuleOrder, string Lead, string? Group, DateOnly Start, DateOnly End)
{
    /// <summary>Where the period really begins; <see cref="Start"/> is later when a re-plan starts mid-period, but an
    /// inspection or kept visit between the two still meets the obligation.</summary>
    public DateOnly PeriodStart { get; init; } = Start;

    public bool IsMilestone => RuleOrder == int.MaxValue;
}
