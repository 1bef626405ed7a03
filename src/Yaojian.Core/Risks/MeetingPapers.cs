namespace Yaojian.Core.Risks;

/// <summary>A line of the risk list (风险清单): a risk the meeting decided, with its decision.</summary>
public sealed record RiskListRow(
    int Seq, int RiskId, string Number, string Title, RiskClass Class, string? LevelName, RiskSource Source, string Concerns,
    string LeadUnit, RiskDecisionKind Decision, string Conclusion, RiskStage StageNow);

/// <summary>A line of the measure list (措施清单): a measure the meeting decided, whose, by when, where it stands.</summary>
public sealed record MeasureListRow(
    int Seq, int MeasureId, int RiskId, string RiskNumber, string RiskTitle, string Text, string OwnerUnit, string? OwnerPerson,
    DateOnly Deadline, MeasureStatus Status, bool Overdue);

/// <summary>One thing a unit or person answers for.</summary>
public sealed record ResponsibilityItem(int MeasureId, string RiskNumber, string Text, DateOnly Deadline, MeasureStatus Status, bool Overdue);

/// <summary>A line of the responsibility list (责任清单): what one unit (and person) answers for, and by when.</summary>
public sealed record ResponsibilityRow(int Seq, string OwnerUnit, string? OwnerPerson, IReadOnlyList<ResponsibilityItem> Items, DateOnly Deadline, int Open, int Overdue);

/// <summary>The three lists a meeting's decisions produce: its papers.</summary>
public sealed record MeetingPapers(IReadOnlyList<RiskListRow> Risks, IReadOnlyList<MeasureListRow> Measures, IReadOnlyList<ResponsibilityRow> Responsibilities)
{
    /// <summary>
    /// The responsibility list from the measure list: one line per owner unit and person (in unit, then person order),
    /// every measure on exactly one line, the line's deadline its last measure's.
    /// </summary>
    public static IReadOnlyList<ResponsibilityRow> ResponsibilitiesOf(IEnumerable<MeasureListRow> measures) =>
    [
        .. measures
            .GroupBy(m => (m.OwnerUnit, Person: m.OwnerPerson ?? string.Empty))
            .OrderBy(g => g.Key.OwnerUnit, StringComparer.Ordinal).ThenBy(g => g.Key.Person, StringComparer.Ordinal)
            .Select((g, i) =>
            {
                var items = g.OrderBy(m => m.Deadline).ThenBy(m => m.Seq)
                    .Select(m => new ResponsibilityItem(m.MeasureId, m.RiskNumber, m.Text, m.Deadline, m.Status, m.Overdue)).ToList();
                return new ResponsibilityRow(i + 1, g.Key.OwnerUnit, g.Key.Person.Length == 0 ? null : g.Key.Person, items,
                    items.Max(m => m.Deadline), items.Count(m => m.Status == MeasureStatus.Open), items.Count(m => m.Overdue));
            }),
    ];
}
