namespace Yaojian.Core.Planning.Engine;

/// <summary>A visit being planned: the range its window may take, then the window chosen and the inspectors drawn.</summary>
internal sealed class VisitDraft(PlanEntity entity, string unit, string? group, DateOnly rangeStart, DateOnly rangeEnd, ulong key)
{
    public PlanEntity Entity { get; } = entity;

    public string Unit { get; } = unit;

    public string? Group { get; } = group;

    public DateOnly RangeStart { get; } = rangeStart;

    public DateOnly RangeEnd { get; } = rangeEnd;

    /// <summary>This visit's random number: orders the draws among visits that are otherwise alike.</summary>
    public ulong Key { get; } = key;

    public DateOnly WindowStart { get; set; }

    public DateOnly WindowEnd { get; set; }

    /// <summary>Every obligation of the entity for this visit's unit and group: those whose range holds the window are the rules it serves.</summary>
    public required IReadOnlyList<Obligation> Obligations { get; init; }

    /// <summary>The inspectors drawn, in code order: one array made at the draw, the fewest objects for a million visits.</summary>
    public IReadOnlyList<string> Inspectors { get; set; } = [];

    public int MonthSpan => ((RangeEnd.Year - RangeStart.Year) * 12) + RangeEnd.Month - RangeStart.Month + 1;
}
