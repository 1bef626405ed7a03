using Yaojian.Core.Cases.Limits;

namespace Yaojian.Core.Cases;

/// <summary>
/// A case's legal time limits on a given day (a pure rule): the decision's runs from registration while the case is
/// registered or under investigation (not while the police have it), publication's from a decision with penalties until
/// it is published, the police's answer from the transfer (or its acceptance) until they answer, whether the case was
/// transferred before its decision or after. Each counts from the day its step took effect; overdue once the due day is
/// over while the limit still runs.
/// </summary>
public static class CaseLimitRules
{
    public static IReadOnlyList<CaseLimitView> Of(Case c, CaseTimeLimits limits, DateOnly today, TimeZoneInfo zone)
    {
        var views = new List<CaseLimitView>();
        if (c.DecisionDueOn is { } decide)
        {
            views.Add(View(limits.ForCase(CaseLimitKind.Decide), CaseLimitKind.Decide, decide, c.DecidedOn ?? c.ClosedOn, CaseTransitions.AwaitsDecision(c.State), today));
        }

        if (c.PublishDueOn is { } publish)
        {
            var published = PublishedOn(c, zone);
            views.Add(View(limits.ForCase(CaseLimitKind.Publish), CaseLimitKind.Publish, publish, published, CaseTransitions.IsDecided(c.State) && published is null, today));
        }

        if (c.PoliceAnswerDueOn is { } police)
        {
            views.Add(View(limits.ForCase(CaseLimitKind.PoliceAnswer), CaseLimitKind.PoliceAnswer, police, c.PoliceAnsweredOn, CaseTransitions.AwaitsPolice(c), today));
        }

        return views;
    }

    /// <summary>The day the decision was published: the day given, or for a publication kept before days were, its moment's day.</summary>
    public static DateOnly? PublishedOn(Case c, TimeZoneInfo zone) =>
        c.PublishedOn ?? (c.PublishedAt is { } at ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime) : null);

    private static CaseLimitView View(CaseTimeLimit? limit, CaseLimitKind kind, DateOnly due, DateOnly? done, bool running, DateOnly today) =>
        new(kind, limit?.Name, limit?.Basis, due, running ? null : done, running, running && today > due, !running && done > due);
}
