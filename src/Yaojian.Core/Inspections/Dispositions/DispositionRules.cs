namespace Yaojian.Core.Inspections.Dispositions;

/// <summary>Rules over many dispositions, and over one as stored (kind, state and deadline are enough).</summary>
public static class DispositionRules
{
    /// <summary>The overdue list: the longest overdue first.</summary>
    public static IReadOnlyList<Disposition> Overdue(IEnumerable<Disposition> dispositions, DateOnly today) =>
        [.. dispositions.Where(d => d.IsOverdue(today)).OrderBy(d => d.Deadline)];

    /// <summary>The deadline passed while the state still waits on it: the cue for <see cref="DispositionTrigger.DeadlinePassed"/>.</summary>
    public static bool MissedDeadline(DispositionKind kind, DispositionState state, DateOnly? deadline, DateOnly today) =>
        deadline < today && DispositionTransitions.PermittedIn(kind, state).Contains(DispositionTrigger.DeadlinePassed);

    /// <summary>Overdue once the deadline's day is over, whether or not the sweep has marked it yet.</summary>
    public static bool IsOverdue(DispositionKind kind, DispositionState state, DateOnly? deadline, DateOnly today) =>
        state == DispositionState.Overdue || MissedDeadline(kind, state, deadline, today);
}
