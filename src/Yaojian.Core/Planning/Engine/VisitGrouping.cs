namespace Yaojian.Core.Planning.Engine;

/// <summary>
/// Turns one entity's obligations into the fewest visits that meet them all (interval stabbing: take the obligation
/// that ends first, and let its visit serve every obligation still open at that end). Obligations already met by an
/// inspection this year or by a kept visit need no new visit. Plain loops: this runs once per entity, a million times.
/// </summary>
internal static class VisitGrouping
{
    private static readonly Comparison<Obligation> ByGroupThenEnd = (a, b) =>
    {
        var order = string.CompareOrdinal(a.Lead, b.Lead);
        order = order != 0 ? order : string.CompareOrdinal(a.Group, b.Group);
        order = order != 0 ? order : a.End.CompareTo(b.End);
        return order != 0 ? order : a.Start.CompareTo(b.Start);
    };

    /// <summary>Adds the entity's visits to <paramref name="into"/>; <paramref name="open"/> is scratch space, reused from entity to entity.</summary>
    public static void Group(
        PlanEntity entity, List<Obligation> obligations, IReadOnlyList<DateOnly> done, IEnumerable<PlannedVisit> kept,
        IReadOnlySet<string> campaigns, long seed, int inspectorsPerVisit, List<VisitDraft> into, List<Obligation> open)
    {
        obligations.Sort(ByGroupThenEnd);
        var index = 0;
        for (var first = 0; first < obligations.Count;)
        {
            var last = first;
            while (last + 1 < obligations.Count && SameGroup(obligations[first], obligations[last + 1]))
            {
                last++;
            }

            var all = obligations.GetRange(first, last - first + 1);
            open.Clear();
            foreach (var obligation in all)
            {
                if (!IsMet(obligation, done, kept, campaigns))
                {
                    open.Add(obligation);
                }
            }

            // Sorted by end: the first open obligation closes first; its visit serves every one open at that end.
            while (open.Count > 0)
            {
                var end = open[0].End;
                var start = DateOnly.MinValue;
                foreach (var obligation in open)
                {
                    if (obligation.Start <= end && obligation.Start > start)
                    {
                        start = obligation.Start;
                    }
                }

                var key = VisitKey(seed, entity.Code, all[0].Group, index++);
                into.Add(new VisitDraft(entity, all[0].Lead, all[0].Group, start, end, key) { Obligations = all, Inspectors = new string[inspectorsPerVisit] });

                // Those the visit serves are closed; the rest stay open, in order.
                var remaining = 0;
                for (var i = 0; i < open.Count; i++)
                {
                    if (open[i].Start > end)
                    {
                        open[remaining++] = open[i];
                    }
                }

                open.RemoveRange(remaining, open.Count - remaining);
            }

            first = last + 1;
        }
    }

    /// <summary>
    /// The visit's random number: the draw key of <c>code|group|index</c>, the text put together on the stack (a
    /// million visits would otherwise make two million strings).
    /// </summary>
    private static ulong VisitKey(long seed, string code, string? group, int index)
    {
        var length = code.Length + (group?.Length ?? 0) + 2 + 11;
        Span<char> text = length <= 256 ? stackalloc char[256] : new char[length];
        code.CopyTo(text);
        var at = code.Length;
        text[at++] = '|';
        group.AsSpan().CopyTo(text[at..]);
        at += group?.Length ?? 0;
        text[at++] = '|';
        index.TryFormat(text[at..], out var digits, default, System.Globalization.CultureInfo.InvariantCulture);
        return DrawKey.For(seed, "visit", text[..(at + digits)]);
    }

    private static bool SameGroup(Obligation a, Obligation b) =>
        string.Equals(a.Lead, b.Lead, StringComparison.Ordinal) && string.Equals(a.Group, b.Group, StringComparison.Ordinal);

    // An inspection on record has no unit: it meets whatever it falls in. A kept visit meets only what its own unit asks,
    // a campaign's visit only its campaign, a routine visit only routine rules.
    private static bool IsMet(Obligation obligation, IReadOnlyList<DateOnly> done, IEnumerable<PlannedVisit> kept, IReadOnlySet<string> campaigns)
    {
        foreach (var day in done)
        {
            if (day >= obligation.PeriodStart && day <= obligation.End)
            {
                return true;
            }
        }

        foreach (var visit in kept)
        {
            if (visit.Unit == obligation.Lead
                && (obligation.Group is { } campaign ? visit.RuleIds.Contains(campaign) : !visit.RuleIds.Any(campaigns.Contains))
                && visit.WindowStart >= obligation.PeriodStart && visit.WindowEnd <= obligation.End)
            {
                return true;
            }
        }

        return false;
    }
}
