using System.Buffers.Binary;
using System.IO.Hashing;

namespace Yaojian.Core.Planning.Engine;

/// <summary>
/// Draws the inspectors of each visit from its lead unit (双随机): never one with a declared conflict for the entity,
/// the least loaded first (this month, then this year) so that work is balanced, and at random among the equally
/// loaded. Each inspector's number is renewed after every draw, so pairs change from visit to visit.
/// </summary>
internal static class InspectorDraw
{
    /// <summary>
    /// Draws for every visit, <paramref name="byUnit"/> holding each unit's visits in the order they came; a unit draws
    /// from its own inspectors only. The units, and so the shortfalls, in code order.
    /// </summary>
    public static List<InspectorShortfall> Assign(
        IReadOnlyDictionary<string, List<VisitDraft>> byUnit, IReadOnlyList<PlanInspector> inspectors, int perVisit, long seed)
    {
        var pools = inspectors.GroupBy(i => i.Unit, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(i => i.Code, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        var shortfalls = new List<InspectorShortfall>();
        foreach (var unit in byUnit.Keys.Order(StringComparer.Ordinal))
        {
            if (AssignUnit(unit, byUnit[unit], pools.GetValueOrDefault(unit) ?? [], perVisit, seed) is { } shortfall)
            {
                shortfalls.Add(shortfall);
            }
        }

        return shortfalls;
    }

    private static InspectorShortfall? AssignUnit(string unit, List<VisitDraft> drafts, PlanInspector[] pool, int perVisit, long seed)
    {
        // The unit's visits by the month of their window, in the order they came.
        var months = new List<VisitDraft>?[13];
        foreach (var draft in drafts)
        {
            (months[draft.WindowStart.Month] ??= []).Add(draft);
        }

        var baseKeys = pool.Select(i => DrawKey.For(seed, "inspector", i.Code)).ToArray();
        var yearLoad = new int[pool.Length];
        var shortVisits = 0;
        VisitDraft? example = null;
        for (var month = 1; month <= 12; month++)
        {
            if (months[month] is not { } visits)
            {
                continue;
            }

            var queue = new PriorityQueue<int, UInt128>(pool.Length);
            var monthLoad = new int[pool.Length];
            for (var i = 0; i < pool.Length; i++)
            {
                queue.Enqueue(i, Priority(0, yearLoad[i], Renew(baseKeys[i], month, 0)));
            }

            foreach (var draft in InDrawOrder(visits))
            {
                if (!Draw(draft, pool, queue, perVisit, monthLoad, yearLoad, baseKeys, month))
                {
                    shortVisits++;
                    example ??= draft;
                }
            }
        }

        if (example is null)
        {
            return null;
        }

        var available = pool.Count(i => !i.Conflicts.Contains(example.Entity.Code));
        return new InspectorShortfall(unit, perVisit, available, shortVisits, example.Entity.Code);
    }

    /// <summary>
    /// A month's visits by their random number, then entity code, and in the order they came when both are the same
    /// (what a stable sort on the first two gives).
    /// </summary>
    private static VisitDraft[] InDrawOrder(List<VisitDraft> visits)
    {
        var order = new (VisitDraft Draft, int Index)[visits.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = (visits[i], i);
        }

        Array.Sort(order, static (a, b) =>
        {
            var byKey = a.Draft.Key.CompareTo(b.Draft.Key);
            byKey = byKey != 0 ? byKey : string.CompareOrdinal(a.Draft.Entity.Code, b.Draft.Entity.Code);
            return byKey != 0 ? byKey : a.Index.CompareTo(b.Index);
        });
        return Array.ConvertAll(order, o => o.Draft);
    }

    /// <summary>
    /// The least loaded this month first, then this year, then the lowest random number: the three packed into one
    /// number (loads are never negative), which the queue compares far faster than a tuple.
    /// </summary>
    private static UInt128 Priority(int monthLoad, int yearLoad, ulong random) =>
        new(((ulong)(uint)monthLoad << 32) | (uint)yearLoad, random);

    private static bool Draw(
        VisitDraft draft, PlanInspector[] pool, PriorityQueue<int, UInt128> queue, int perVisit,
        int[] monthLoad, int[] yearLoad, ulong[] baseKeys, int month)
    {
        Span<int> chosen = stackalloc int[perVisit];
        var count = 0;
        List<(int, UInt128)>? conflicted = null;
        while (count < perVisit && queue.TryDequeue(out var index, out var priority))
        {
            if (pool[index].Conflicts.Contains(draft.Entity.Code))
            {
                (conflicted ??= []).Add((index, priority));
            }
            else
            {
                chosen[count++] = index;
            }
        }

        foreach (var (index, priority) in conflicted ?? [])
        {
            queue.Enqueue(index, priority);
        }

        for (var c = 0; c < count; c++)
        {
            var index = chosen[c];
            monthLoad[index]++;
            yearLoad[index]++;
            queue.Enqueue(index, Priority(monthLoad[index], yearLoad[index], Renew(baseKeys[index], month, monthLoad[index])));
            draft.Inspectors[c] = pool[index].Code;
        }

        Array.Sort(draft.Inspectors, 0, count, StringComparer.Ordinal);
        if (count < draft.Inspectors.Length)
        {
            draft.Inspectors = draft.Inspectors[..count];
        }
        return count == perVisit;
    }

    private static ulong Renew(ulong baseKey, int month, int round)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, baseKey);
        BinaryPrimitives.WriteInt32LittleEndian(bytes[8..], month);
        BinaryPrimitives.WriteInt32LittleEndian(bytes[12..], round);
        return XxHash3.HashToUInt64(bytes);
    }
}
