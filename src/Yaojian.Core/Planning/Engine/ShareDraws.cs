namespace Yaojian.Core.Planning.Engine;

/// <summary>
/// Who is drawn this year under each "random share" rule and each campaign with a target count. The draws look at the
/// whole registry, whichever entities the caller wants planned.
/// </summary>
internal static class ShareDraws
{
    public static Dictionary<string, HashSet<string>> Draw(PlanRequest request, IReadOnlyList<PlanEntity> entities, HistoryIndex history)
    {
        var drawn = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var rule in request.Plan.SchedulingRules)
        {
            if (rule.Frequency is RandomShareFrequency share)
            {
                drawn[rule.Id] = DrawShare(request, rule, share, entities, history);
            }
            else if (rule.Campaign is { } id && request.Plan.Campaigns.First(c => c.Id == id).Target.Count is { } count)
            {
                drawn[rule.Id] = entities.Where(rule.Select.Matches)
                    .OrderBy(e => DrawKey.For(request.Seed, "campaign:" + rule.Id, e.Code))
                    .ThenBy(e => e.Code, StringComparer.Ordinal)
                    .Take(count)
                    .Select(e => e.Code)
                    .ToHashSet(StringComparer.Ordinal);
            }
        }

        return drawn;
    }

    /// <summary>
    /// Those not inspected within the last <c>FullCoverageYears − 1</c> years must be drawn (or coverage within the cycle
    /// would fail); the rest of the share comes from those inspected least recently, at random among equals.
    /// </summary>
    private static HashSet<string> DrawShare(PlanRequest request, InspectionRule rule, RandomShareFrequency share, IReadOnlyList<PlanEntity> entities, HistoryIndex history)
    {
        var eligible = entities.Where(rule.Select.Matches).ToList();
        var quota = (int)Math.Ceiling(share.Share * eligible.Count);
        var result = new HashSet<string>(StringComparer.Ordinal);
        var rest = new List<PlanEntity>();
        foreach (var entity in eligible)
        {
            if (history.NotInspectedInLast(entity.Code, share.FullCoverageYears - 1, request.Year))
            {
                result.Add(entity.Code);
            }
            else
            {
                rest.Add(entity);
            }
        }

        foreach (var entity in rest
                     .OrderBy(e => history.LastYearBefore(e.Code) ?? int.MinValue)
                     .ThenBy(e => DrawKey.For(request.Seed, "share:" + rule.Id, e.Code))
                     .ThenBy(e => e.Code, StringComparer.Ordinal)
                     .Take(Math.Max(0, quota - result.Count)))
        {
            result.Add(entity.Code);
        }

        return result;
    }
}
