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
    public static List<InspectorShortfall> Assign(List<VisitDraft> drafts, IReadOnlyList<PlanInspector> inspectors, int perVisit, long seed)
    {
        var byUnit = inspectors.GroupBy(i => i.Unit, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(i => i.Code, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        var shortfalls = new List<InspectorShortfall>();
        foreach (var unitDrafts in drafts.GroupBy(d => d.Unit, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var pool = byUnit.GetValueOrDefault(unitDrafts.Key) ?? [];
            var baseKeys = pool.Select(i => DrawKey.For(seed, "inspector", i.Code)).ToArray();
            var yearLoad = new int[pool.Length];
            var shortVisits = 0;
            VisitDraft? example = null;
            foreach (var month in unitDrafts.GroupBy(d => d.WindowStart.Month).OrderBy(g => g.Key))
            {
                var queue = new PriorityQueue<int, (int MonthLoad, int YearLoad, ulong Random)>();
                var monthLoad = new int[pool.Length];
                for (var i = 0; i < pool.Length; i++)
                {
                    queue.Enqueue(i, (0, yearLoad[i], Renew(baseKeys[i], month.Key, 0)));
                }

                foreach (var draft in month.OrderBy(d => d.Key).ThenBy(d => d.Entity.Code, StringComparer.Ordinal))
                {
                    if (!Draw(draft, pool, queue, perVisit, monthLoad, yearLoad, baseKeys, month.Key))
                    {
                        shortVisits++;
                        example ??= draft;
                    }
                }
            }

            if (example is not null)
            {
                var available = pool.Count(i => !i.Conflicts.Contains(example.Entity.Code));
                shortfalls.Add(new InspectorShortfall(unitDrafts.Key, perVisit, available, shortVisits, example.Entity.Code));
            }
        }

        return shortfalls;
    }

    private static bool Draw(
        VisitDraft draft, PlanInspector[] pool, PriorityQueue<int, (int, int, ulong)> queue, int perVisit,
        int[] monthLoad, int[] yearLoad, ulong[] baseKeys, int month)
    {
        Span<int> chosen = stackalloc int[perVisit];
        var count = 0;
        List<(int, (int, int, ulong))>? conflicted = null;
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
            queue.Enqueue(index, (monthLoad[index], yearLoad[index], Renew(baseKeys[index], month, monthLoad[index])));
            draft.Inspectors.Add(pool[index].Code);
        }

        draft.Inspectors.Sort(StringComparer.Ordinal);
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
