using Yaojian.Core.Planning;

namespace Yaojian.Core.Risks;

/// <summary>One area's meeting for the period that holds a day: held or not yet.</summary>
public sealed record MeetingDue(RiskArea Area, string Name, IReadOnlyList<string> Requirements, CalendarPeriod Every, DateOnly PeriodStart, DateOnly PeriodEnd, bool Held);

/// <summary>Which periodic meetings of the plan file are due in the period holding a day, and whether they were held.</summary>
public static class ConsultationSchedule
{
    public static IReadOnlyList<MeetingDue> For(RiskConsultationPlan plan, IEnumerable<(RiskArea Area, DateOnly HeldOn)> meetings, DateOnly day)
    {
        var held = meetings.ToList();
        return
        [
            .. plan.Meetings.Where(m => m.Every is not null).Select(m =>
            {
                var (start, end) = Periods.Of(m.Every!.Value, day.Year).Single(p => p.Start <= day && day <= p.End);
                return new MeetingDue(m.Area, m.Name, m.Requirements, m.Every.Value, start, end, held.Any(h => h.Area == m.Area && h.HeldOn >= start && h.HeldOn <= end));
            }),
        ];
    }
}
