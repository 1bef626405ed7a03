namespace Yaojian.Core.Inspections.Dispositions;

/// <summary>What the recurring job marks overdue: it fires <see cref="DispositionTrigger.DeadlinePassed"/> on each.</summary>
public static class OverdueSweep
{
    public static IReadOnlyList<Disposition> Due(IEnumerable<Disposition> dispositions, DateOnly today) =>
        [.. dispositions.Where(d => d.MissedDeadline(today))];
}
