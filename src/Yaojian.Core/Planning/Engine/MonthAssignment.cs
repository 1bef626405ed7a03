using System.Runtime.InteropServices;

namespace Yaojian.Core.Planning.Engine;

/// <summary>
/// Gives every visit a window of at most one month inside its range, spreading each unit's visits evenly over the
/// months: visits whose range is one month are placed first, then the others, tightest first, each in the least
/// loaded month of its range (ties broken by the visit's random number). A unit's months are its own, so each unit is
/// placed on its own.
/// </summary>
internal static class MonthAssignment
{
    /// <summary>Places the visits of one unit.</summary>
    public static void Assign(List<VisitDraft> unitDrafts)
    {
        var load = new int[13];
        var wide = new List<VisitDraft>(unitDrafts.Count);
        foreach (var draft in unitDrafts)
        {
            if (draft.MonthSpan == 1)
            {
                Place(draft, draft.RangeStart.Month);
                load[draft.RangeStart.Month]++;
            }
            else
            {
                wide.Add(draft);
            }
        }

        // Tightest first: by month span, then range end, then random number — packed into one number per visit,
        // which sorts several times faster than a tuple of the three.
        var order = new UInt128[wide.Count];
        for (var i = 0; i < order.Length; i++)
        {
            var draft = wide[i];
            order[i] = new UInt128(((ulong)(uint)draft.MonthSpan << 32) | (uint)draft.RangeEnd.DayNumber, draft.Key);
        }

        order.AsSpan().Sort(CollectionsMarshal.AsSpan(wide));
        foreach (var draft in wide)
        {
            var first = draft.RangeStart.Month;
            var span = draft.MonthSpan;
            var offset = (int)(draft.Key % (ulong)span);
            var best = -1;
            for (var i = 0; i < span; i++)
            {
                var month = first + ((offset + i) % span);
                if (best < 0 || load[month] < load[best])
                {
                    best = month;
                }
            }

            Place(draft, best);
            load[best]++;
        }
    }

    private static void Place(VisitDraft draft, int month)
    {
        var year = draft.RangeStart.Year;
        var monthStart = new DateOnly(year, month, 1);
        var monthEnd = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        draft.WindowStart = draft.RangeStart > monthStart ? draft.RangeStart : monthStart;
        draft.WindowEnd = draft.RangeEnd < monthEnd ? draft.RangeEnd : monthEnd;
    }
}
