namespace Yaojian.Core.Inspections.Dispositions;

/// <summary>Rules over many dispositions.</summary>
public static class DispositionRules
{
    /// <summary>The overdue list: the longest overdue first.</summary>
    public static IReadOnlyList<Disposition> Overdue(IEnumerable<Disposition> dispositions, DateOnly today) =>
        [.. dispositions.Where(d => d.IsOverdue(today)).OrderBy(d => d.Deadline)];
}
