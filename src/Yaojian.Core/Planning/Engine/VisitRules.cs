namespace Yaojian.Core.Planning.Engine;

/// <summary>
/// The rules a visit serves: every rule whose obligation's range holds the window, in the plan's order, each once. A
/// milestone is named only for a visit that serves no rule, so that every visit says why it is there. A million visits
/// name only a few dozen different lists, so each list is made once and shared by the visits that name it.
/// </summary>
internal sealed class VisitRules
{
    // By the set of rule positions in the plan (bit i: the plan's rule i), or by the one milestone named.
    private readonly Dictionary<ulong, IReadOnlyList<string>> _byRules = [];
    private readonly Dictionary<string, IReadOnlyList<string>> _byMilestone = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Of(VisitDraft draft)
    {
        var rules = 0UL;
        string? milestone = null;
        var shared = true;
        foreach (var obligation in draft.Obligations)
        {
            if (!Holds(obligation, draft))
            {
                continue;
            }

            if (obligation.IsMilestone)
            {
                shared &= milestone is null || milestone == obligation.RuleId;
                milestone = obligation.RuleId;
            }
            else if (obligation.RuleOrder < 64)
            {
                rules |= 1UL << obligation.RuleOrder;
            }
            else
            {
                shared = false;
            }
        }

        if (!shared)
        {
            return List(draft);
        }

        if (rules != 0)
        {
            if (!_byRules.TryGetValue(rules, out var list))
            {
                _byRules[rules] = list = List(draft);
            }

            return list;
        }

        if (milestone is null)
        {
            return List(draft);
        }

        if (!_byMilestone.TryGetValue(milestone, out var named))
        {
            _byMilestone[milestone] = named = List(draft);
        }

        return named;
    }

    private static IReadOnlyList<string> List(VisitDraft draft)
    {
        var served = new List<(int Order, string Id)>(4);
        var milestones = new List<string>(1);
        foreach (var obligation in draft.Obligations)
        {
            if (!Holds(obligation, draft))
            {
                continue;
            }

            if (obligation.IsMilestone)
            {
                milestones.Add(obligation.RuleId);
            }
            else
            {
                served.Add((obligation.RuleOrder, obligation.RuleId));
            }
        }

        served.Sort();
        var rules = new List<string>(served.Count);
        foreach (var (_, id) in served)
        {
            if (!rules.Contains(id))
            {
                rules.Add(id);
            }
        }

        if (rules.Count == 0)
        {
            rules.AddRange(milestones.Distinct(StringComparer.Ordinal));
        }

        return rules;
    }

    private static bool Holds(Obligation obligation, VisitDraft draft) =>
        obligation.Start <= draft.WindowStart && obligation.End >= draft.WindowEnd;
}
