using Yaojian.Core.Inspections;
using Yaojian.Core.Inspections.Dispositions;

namespace Yaojian.Core.Registry.Grading;

/// <summary>Which outcomes of the other areas are grading events, and which way each moves a grade.</summary>
public static class GradingEvents
{
    /// <summary>Every event but a clean year is bad news: it may lower a grade and never raise it.</summary>
    public static bool Lowers(this GradingEvent outcome) => outcome != GradingEvent.CleanYear;

    /// <summary>A finished record's findings: one event per severity found (general findings are none).</summary>
    public static IReadOnlySet<GradingEvent> OfFindings(IEnumerable<FindingSeverity> severities) =>
        severities.Select(s => s switch
            {
                FindingSeverity.Serious => GradingEvent.SeriousFinding,
                FindingSeverity.Major => GradingEvent.MajorFinding,
                FindingSeverity.General => (GradingEvent?)null,
            })
            .OfType<GradingEvent>()
            .ToHashSet();

    /// <summary>The event a disposition's transition is, if any: a case filed, a rectification order overdue or escalated.</summary>
    public static GradingEvent? OfDisposition(DispositionKind kind, DispositionTrigger trigger) => (kind, trigger) switch
    {
        (DispositionKind.CaseFiling, DispositionTrigger.Issue) => GradingEvent.CaseFiled,
        (DispositionKind.RectificationOrder, DispositionTrigger.DeadlinePassed) => GradingEvent.RectificationOverdue,
        (DispositionKind.RectificationOrder, DispositionTrigger.Escalate) => GradingEvent.RectificationEscalated,
        _ => null,
    };
}
