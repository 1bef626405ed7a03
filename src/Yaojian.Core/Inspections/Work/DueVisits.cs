namespace Yaojian.Core.Inspections.Work;

/// <summary>The visits due now and late ones in the caller's units, the caller's own first; <see cref="Total"/> counts what <see cref="Due"/> cuts.</summary>
public sealed record DueVisits(DateOnly Today, IReadOnlyList<DueVisit> Due, int Total);
