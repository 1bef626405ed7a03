using Yaojian.Core.Common;
using Yaojian.Core.Inspections;
using Yaojian.Core.Inspections.Dispositions;
using Yaojian.Core.Registry;
using Yaojian.Core.Registry.Grading;

namespace Yaojian.Core.Tests.Registry.Grading;

/// <summary>Which outcomes of inspections and dispositions are grading events, and how the grade history words them.</summary>
public sealed class GradingEventsTests
{
    [Fact]
    public void OfFindings_OneEventPerSeverityFound_GeneralFindingsAreNone()
    {
        Assert.Equal(
            new HashSet<GradingEvent> { GradingEvent.SeriousFinding, GradingEvent.MajorFinding },
            GradingEvents.OfFindings([FindingSeverity.General, FindingSeverity.Serious, FindingSeverity.Major, FindingSeverity.Serious]));
        Assert.Empty(GradingEvents.OfFindings([FindingSeverity.General]));
        Assert.Empty(GradingEvents.OfFindings([]));
    }

    [Theory]
    [InlineData(DispositionKind.CaseFiling, DispositionTrigger.Issue, GradingEvent.CaseFiled)]
    [InlineData(DispositionKind.RectificationOrder, DispositionTrigger.DeadlinePassed, GradingEvent.RectificationOverdue)]
    [InlineData(DispositionKind.RectificationOrder, DispositionTrigger.Escalate, GradingEvent.RectificationEscalated)]
    [InlineData(DispositionKind.RectificationOrder, DispositionTrigger.Issue, null)]
    [InlineData(DispositionKind.RectificationOrder, DispositionTrigger.RecheckFailed, null)]
    [InlineData(DispositionKind.CaseFiling, DispositionTrigger.HandOver, null)]
    [InlineData(DispositionKind.Warning, DispositionTrigger.Issue, null)]
    public void OfDisposition_CaseFiledAndOrdersOverdueOrEscalated_AreTheEvents(DispositionKind kind, DispositionTrigger trigger, GradingEvent? expected) =>
        Assert.Equal(expected, GradingEvents.OfDisposition(kind, trigger));

    [Fact]
    public void EveryEvent_HasAChineseName_AndOnlyACleanYearRaises()
    {
        Assert.All(Enum.GetValues<GradingEvent>(), e => Assert.NotEqual(e.ToString(), EnumText.Of(e)));
        Assert.Equal([GradingEvent.CleanYear], Enum.GetValues<GradingEvent>().Where(e => !e.Lowers()));
    }

    [Fact]
    public void Reason_NamesTheOutcomeItsSourceTheRuleAndBothGrades()
    {
        var rule = new GradingRule("serious", "检查发现严重缺陷的，信用等级降一级", ["HG-6(3)"], null, new HashSet<GradingEvent> { GradingEvent.SeriousFinding }, GradeMove.Lower(1));
        var outcome = GradingOutcome.Of(1, GradingEvent.SeriousFinding, new DateOnly(2025, 3, 15), "检〔2025〕第000012号");

        var reason = GradingText.Reason(new GradeDecision(CreditGrade.B, CreditGrade.C, rule, GradingEvent.SeriousFinding), outcome);

        Assert.Equal("检查发现严重缺陷（检〔2025〕第000012号）：按评级规则“检查发现严重缺陷的，信用等级降一级”由B级降为C级", reason);
    }

    [Fact]
    public void Reason_OfACleanYear_CitesTheYearAndTakesEffectTheNextFirstOfJanuary()
    {
        var rule = new GradingRule("clean", "全年无问题的，升一级", ["HG-6(3)"], null, new HashSet<GradingEvent> { GradingEvent.CleanYear }, GradeMove.Raise(1));
        var outcome = GradingOutcome.OfCleanYear(1, 2025);

        var reason = GradingText.Reason(new GradeDecision(CreditGrade.C, CreditGrade.B, rule, GradingEvent.CleanYear), outcome);

        Assert.Equal(new DateOnly(2026, 1, 1), outcome.Day);
        Assert.Equal("全年检查无问题（2025年度）：按评级规则“全年无问题的，升一级”由C级升为B级", reason);
    }

    [Theory]
    [InlineData(GradeMoveKind.Lower, 2, null, GradingEvent.SeriousFinding, "降2级")]
    [InlineData(GradeMoveKind.Raise, 1, null, GradingEvent.CleanYear, "升1级")]
    [InlineData(GradeMoveKind.Set, 0, CreditGrade.D, GradingEvent.CaseFiled, "降为D级")]
    [InlineData(GradeMoveKind.Set, 0, CreditGrade.A, GradingEvent.CleanYear, "升为A级")]
    public void Move_InWords(GradeMoveKind kind, int steps, CreditGrade? to, GradingEvent when, string expected)
    {
        var rule = new GradingRule("r", "r", ["T"], null, new HashSet<GradingEvent> { when }, new GradeMove(kind, steps, to));

        Assert.Equal(expected, GradingText.Move(rule));
    }
}
