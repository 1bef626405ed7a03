using Yaojian.Core.Common;
using Yaojian.Core.Resources;

namespace Yaojian.Core.Registry.Grading;

/// <summary>Grading rules and decisions in words, for the plan page and the grade history.</summary>
public static class GradingText
{
    /// <summary>The column's width (credit_grade_changes.reason).</summary>
    private const int MaxReasonLength = 500;

    /// <summary>降1级、升1级、降为D级.</summary>
    public static string Move(GradingRule rule) => rule.Move.Kind switch
    {
        GradeMoveKind.Lower => EnumText.Format(Text.Grading_Lower, rule.Move.Steps),
        GradeMoveKind.Raise => EnumText.Format(Text.Grading_Raise, rule.Move.Steps),
        GradeMoveKind.Set => EnumText.Format(
            rule.When.Contains(GradingEvent.CleanYear) ? Text.Grading_SetUp : Text.Grading_SetDown,
            rule.Move.To is { } to ? EnumText.Of(to) : string.Empty),
    };

    public static string Events(GradingRule rule) => string.Join("、", rule.When.Order().Select(e => EnumText.Of(e)));

    /// <summary>检查发现严重缺陷（检〔2025〕第000012号）：按评级规则“…”由B级降为C级.</summary>
    public static string Reason(GradeDecision decision, GradingOutcome outcome)
    {
        var reason = EnumText.Format(decision.Lowered ? Text.Grading_ReasonLowered : Text.Grading_ReasonRaised,
            outcome.Source(decision.Event), decision.Rule.Name, EnumText.Of(decision.From), EnumText.Of(decision.To));
        return reason.Length <= MaxReasonLength ? reason : reason[..MaxReasonLength];
    }
}
