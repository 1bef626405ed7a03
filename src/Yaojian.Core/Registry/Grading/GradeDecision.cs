namespace Yaojian.Core.Registry.Grading;

/// <summary>The grade an outcome leads to, the rule that decided it and the event of the outcome that rule answered.</summary>
public sealed record GradeDecision(CreditGrade From, CreditGrade To, GradingRule Rule, GradingEvent Event)
{
    public bool Lowered => To > From;
}
