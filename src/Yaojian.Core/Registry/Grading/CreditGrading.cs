using Yaojian.Core.Planning;

namespace Yaojian.Core.Registry.Grading;

/// <summary>
/// The credit grade an outcome leads to under the plan file's grading rules (a pure function: no I/O). An entity with
/// no grade is never graded. Of the rules that answer one of the outcome's events and cover the entity, the one that
/// moves the grade furthest wins — furthest down for bad news, furthest up for a clean year — and on a tie the first
/// in the file; a rule that would leave the grade as it is (a D lowered, an A raised) changes nothing.
/// </summary>
public static class CreditGrading
{
    /// <summary>The change, or null when no rule changes the grade.</summary>
    /// <param name="events">What the outcome was, all bad news or a clean year alone (an inspection may bring both a
    /// serious and a major finding: one outcome, one change).</param>
    public static GradeDecision? Decide(IReadOnlyList<GradingRule> rules, PlanEntity entity, CreditGrade? current, IReadOnlyCollection<GradingEvent> events)
    {
        if (current is not { } from || events.Count == 0)
        {
            return null;
        }

        var lowering = events.First().Lowers();
        if (events.Any(e => e.Lowers() != lowering))
        {
            throw new ArgumentException("A clean year is an outcome of its own, never mixed with bad news.", nameof(events));
        }

        GradeDecision? best = null;
        var ordered = events.Order().ToList();
        foreach (var rule in rules)
        {
            var answered = ordered.Where(rule.When.Contains).Select(e => (GradingEvent?)e).FirstOrDefault();
            if (answered is not { } matched || !rule.Covers(entity))
            {
                continue;
            }

            var to = rule.Move.ApplyTo(from, lowering);
            if (lowering ? to > from && (best is null || to > best.To) : to < from && (best is null || to < best.To))
            {
                best = new GradeDecision(from, to, rule, matched);
            }
        }

        return best;
    }

    public static GradeDecision? Decide(IReadOnlyList<GradingRule> rules, PlanEntity entity, CreditGrade? current, GradingEvent outcome) =>
        Decide(rules, entity, current, [outcome]);
}
