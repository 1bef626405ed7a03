namespace Yaojian.Core.Risks;

/// <summary>A measure as the rules see it: enough to tell whether it is overdue and whose it is.</summary>
public sealed record MeasureFacts(int Id, int RiskId, MeasureStatus Status, DateOnly Deadline);

/// <summary>Rules over measures: overdue is an open measure whose deadline's day is over.</summary>
public static class MeasureRules
{
    public static bool IsOverdue(MeasureStatus status, DateOnly deadline, DateOnly today) => status == MeasureStatus.Open && deadline < today;

    public static bool IsOverdue(MeasureFacts measure, DateOnly today) => IsOverdue(measure.Status, measure.Deadline, today);

    /// <summary>The overdue list: the longest overdue first.</summary>
    public static IReadOnlyList<MeasureFacts> Overdue(IEnumerable<MeasureFacts> measures, DateOnly today) =>
        [.. measures.Where(m => IsOverdue(m, today)).OrderBy(m => m.Deadline).ThenBy(m => m.Id)];

    /// <summary>Days past the deadline (0 for one not overdue).</summary>
    public static int DaysOverdue(MeasureStatus status, DateOnly deadline, DateOnly today) =>
        IsOverdue(status, deadline, today) ? today.DayNumber - deadline.DayNumber : 0;
}
