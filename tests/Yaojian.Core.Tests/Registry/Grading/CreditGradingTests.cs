using FsCheck.Xunit;
using Yaojian.Core.Planning;
using Yaojian.Core.Registry;
using Yaojian.Core.Registry.Grading;

namespace Yaojian.Core.Tests.Registry.Grading;

/// <summary>The grading rules as a pure function: grades stay within A–D and move only the way the outcome points.</summary>
public sealed class CreditGradingTests
{
    private static readonly PlanEntity Pharmacy = new("E1", EntityKind.RetailPharmacy, "u1", AreaClass.Urban, CreditGrade.B, null, EntityStatus.Active, SupervisionTags.None);

    [Property(Arbitrary = [typeof(GradingArbitraries)], MaxTest = 300)]
    public void Decide_AnyCase_GivesAGradeBetweenAAndD(GradingCase c)
    {
        if (c.Decide() is { } decision)
        {
            Assert.True(Enum.IsDefined(decision.To), $"grade {(int)decision.To}");
            Assert.Equal(c.Grade, decision.From);
            Assert.NotEqual(decision.From, decision.To);
        }
    }

    [Property(Arbitrary = [typeof(GradingArbitraries)], MaxTest = 300)]
    public void Decide_BadNews_NeverRaises_AndACleanYearNeverLowers(GradingCase c)
    {
        if (c.Decide() is { } decision)
        {
            Assert.Equal(c.Lowering, decision.Lowered);
            Assert.Equal(c.Lowering, decision.To > decision.From);
        }
    }

    [Property(Arbitrary = [typeof(GradingArbitraries)], MaxTest = 300)]
    public void Decide_TheDecidingRule_AnswersTheOutcomeAndCoversTheEntity(GradingCase c)
    {
        if (c.Decide() is { } decision)
        {
            Assert.Contains(decision.Rule, c.Rules);
            Assert.Contains(decision.Event, c.Events);
            Assert.Contains(decision.Event, decision.Rule.When);
            Assert.True(decision.Rule.Covers(c.Entity));
        }
    }

    [Property(Arbitrary = [typeof(GradingArbitraries)], MaxTest = 300)]
    public void Decide_NoRuleAnsweringTheOutcome_ChangesNothing(GradingCase c)
    {
        var unrelated = c.Rules.Select(r => r with { When = r.When.Except(c.Events).ToHashSet() }).ToList();

        Assert.Null(CreditGrading.Decide(unrelated, c.Entity, c.Grade, c.Events));
    }

    [Property(Arbitrary = [typeof(GradingArbitraries)], MaxTest = 200)]
    public void Decide_NoGrade_ChangesNothing(GradingCase c) =>
        Assert.Null(CreditGrading.Decide(c.Rules, c.Entity with { Grade = null }, null, c.Events));

    [Property(Arbitrary = [typeof(GradingArbitraries)], MaxTest = 300)]
    public void Decide_CleanYearWithRaiseRules_RaisesAtMostTheLargestStepAnswering(RaiseCase raise)
    {
        var c = raise.Case with { Events = [GradingEvent.CleanYear] };
        if (c.Decide() is { } decision)
        {
            var largest = c.Rules.Where(r => r.When.Contains(GradingEvent.CleanYear) && r.Covers(c.Entity)).Max(r => r.Move.Steps);
            Assert.InRange((int)decision.From - (int)decision.To, 1, largest);
        }
    }

    [Theory]
    [InlineData(CreditGrade.A, CreditGrade.D, CreditGrade.D)]
    [InlineData(CreditGrade.B, CreditGrade.C, CreditGrade.C)]
    [InlineData(CreditGrade.C, CreditGrade.C, null)]
    [InlineData(CreditGrade.D, CreditGrade.B, null)]
    public void Decide_SetOnBadNews_GivesExactlyTheGrade_ButNeverRaises(CreditGrade current, CreditGrade set, CreditGrade? expected)
    {
        var rules = new[] { Rule("set", GradeMove.Set(set), GradingEvent.CaseFiled) };

        Assert.Equal(expected, CreditGrading.Decide(rules, Pharmacy, current, GradingEvent.CaseFiled)?.To);
    }

    [Theory]
    [InlineData(CreditGrade.D, CreditGrade.A, CreditGrade.A)]
    [InlineData(CreditGrade.C, CreditGrade.B, CreditGrade.B)]
    [InlineData(CreditGrade.A, CreditGrade.C, null)]
    public void Decide_SetOnACleanYear_GivesExactlyTheGrade_ButNeverLowers(CreditGrade current, CreditGrade set, CreditGrade? expected)
    {
        var rules = new[] { Rule("set", GradeMove.Set(set), GradingEvent.CleanYear) };

        Assert.Equal(expected, CreditGrading.Decide(rules, Pharmacy, current, GradingEvent.CleanYear)?.To);
    }

    [Theory]
    [InlineData(CreditGrade.A, 1, CreditGrade.B)]
    [InlineData(CreditGrade.B, 3, CreditGrade.D)]
    [InlineData(CreditGrade.C, 3, CreditGrade.D)]
    [InlineData(CreditGrade.D, 1, null)]
    public void Decide_Lower_MovesTowardsDButNeverPastIt(CreditGrade current, int steps, CreditGrade? expected)
    {
        var rules = new[] { Rule("lower", GradeMove.Lower(steps), GradingEvent.SeriousFinding) };

        Assert.Equal(expected, CreditGrading.Decide(rules, Pharmacy, current, GradingEvent.SeriousFinding)?.To);
    }

    [Fact]
    public void Decide_SeveralRulesOnBadNews_TheOneLoweringMostWins()
    {
        var rules = new[]
        {
            Rule("major", GradeMove.Lower(1), GradingEvent.MajorFinding),
            Rule("serious", GradeMove.Lower(2), GradingEvent.SeriousFinding),
            Rule("serious-again", GradeMove.Set(CreditGrade.D), GradingEvent.SeriousFinding),
        };

        var decision = CreditGrading.Decide(rules, Pharmacy, CreditGrade.A, [GradingEvent.MajorFinding, GradingEvent.SeriousFinding]);

        Assert.Equal(("serious-again", GradingEvent.SeriousFinding, CreditGrade.D), (decision!.Rule.Id, decision.Event, decision.To));
    }

    [Fact]
    public void Decide_RulesMovingAlike_TheFirstInTheFileWins()
    {
        var rules = new[]
        {
            Rule("first", GradeMove.Lower(1), GradingEvent.RectificationOverdue, GradingEvent.RectificationEscalated),
            Rule("second", GradeMove.Set(CreditGrade.C), GradingEvent.RectificationOverdue),
        };

        Assert.Equal("first", CreditGrading.Decide(rules, Pharmacy, CreditGrade.B, GradingEvent.RectificationOverdue)!.Rule.Id);
    }

    [Fact]
    public void Decide_CleanYear_TheRuleRaisingMostWins()
    {
        var rules = new[] { Rule("one", GradeMove.Raise(1), GradingEvent.CleanYear), Rule("two", GradeMove.Raise(2), GradingEvent.CleanYear) };

        Assert.Equal(CreditGrade.B, CreditGrading.Decide(rules, Pharmacy, CreditGrade.D, GradingEvent.CleanYear)!.To);
    }

    [Fact]
    public void Decide_RuleForOtherKinds_DoesNotGradeTheEntity()
    {
        var hospitals = EntitySelector.Everything with { Kinds = new HashSet<EntityKind> { EntityKind.Hospital }, Statuses = new HashSet<EntityStatus>() };
        var rules = new[] { Rule("hospitals", GradeMove.Lower(1), GradingEvent.CaseFiled) with { AppliesTo = hospitals } };

        Assert.Null(CreditGrading.Decide(rules, Pharmacy, CreditGrade.B, GradingEvent.CaseFiled));
        Assert.NotNull(CreditGrading.Decide(rules, Pharmacy with { Kind = EntityKind.Hospital }, CreditGrade.B, GradingEvent.CaseFiled));
    }

    [Theory]
    [InlineData(EntityStatus.Closed, false)]
    [InlineData(EntityStatus.Revoked, false)]
    [InlineData(EntityStatus.LostContact, true)]
    public void Decide_ClosedOrRevoked_IsNeverGraded(EntityStatus status, bool graded)
    {
        var rules = new[] { Rule("all", GradeMove.Lower(1), GradingEvent.CaseFiled) };

        Assert.Equal(graded, CreditGrading.Decide(rules, Pharmacy with { Status = status }, CreditGrade.B, GradingEvent.CaseFiled) is not null);
    }

    [Fact]
    public void Decide_CleanYearMixedWithBadNews_IsRefused() =>
        Assert.Throws<ArgumentException>(() => CreditGrading.Decide([], Pharmacy, CreditGrade.B, [GradingEvent.CleanYear, GradingEvent.CaseFiled]));

    private static GradingRule Rule(string id, GradeMove move, params GradingEvent[] when) =>
        new(id, id, ["T-1"], null, when.ToHashSet(), move);
}
