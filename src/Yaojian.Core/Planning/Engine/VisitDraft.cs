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

    /// <summary>
    /// The inspectors drawn, in code order. Made with the draft, one slot per inspector to draw: the draft lives long
    /// enough to reach an old GC generation, and an array made for it later would be a young object every collection
    /// has to find through it (shorter only for a visit its unit cannot staff).
    /// </summary>
    public required string[] Inspectors { get; set; }

    public int MonthSpan => ((RangeEnd.Year - RangeStart.Year) * 12) + RangeEnd.Month - RangeStart.Month + 1;
}
