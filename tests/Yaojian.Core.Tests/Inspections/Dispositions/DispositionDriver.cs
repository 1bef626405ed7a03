using Yaojian.Core.Inspections.Dispositions;

namespace Yaojian.Core.Tests.Inspections.Dispositions;

/// <summary>Brings dispositions to a state along the expected table, firing each trigger with just the input it needs.</summary>
public static class DispositionDriver
{
    public const string Actor = "inspector-zhang";

    public static readonly DateTimeOffset Start = new(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(8));

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.DateTime);

    public static Disposition Create(DispositionKind kind) =>
        new(kind, targetEntityId: 42, findingId: 7, receiver: kind == DispositionKind.Referral ? ReferralReceiver.Police : null);

    /// <summary>A disposition of <paramref name="kind"/> in <paramref name="state"/> by the shortest expected path, and the time it got there.</summary>
    public static (Disposition Disposition, DateTimeOffset Now) InState(DispositionKind kind, DispositionState state)
    {
        var disposition = Create(kind);
        var now = Start;
        foreach (var trigger in PathTo(kind, state))
        {
            var step = FireMinimal(disposition, trigger, now);
            Assert.True(step.Result.Succeeded, $"{kind}: {trigger} on the way to {state} refused: {step.Result.Refusal}");
            now = step.Now;
        }
        Assert.Equal(state, disposition.State);
        return (disposition, now);
    }

    /// <summary>Fires with only what the expected tables say the trigger needs; the clock moves past the deadline for DeadlinePassed.</summary>
    public static (FireResult Result, DateTimeOffset Now) FireMinimal(Disposition disposition, DispositionTrigger trigger, DateTimeOffset now)
    {
        now = trigger == DispositionTrigger.DeadlinePassed ? DayAfterDeadline(disposition, now) : now.AddHours(1);
        var result = disposition.Fire(trigger, Actor, now, ReasonFor(trigger), MinimalData(disposition, trigger, now));
        return (result, now);
    }

    /// <summary>Fires with everything any trigger could need, after the deadline, so only the state itself can refuse.</summary>
    public static FireResult FireWithEverything(Disposition disposition, DispositionTrigger trigger, DateTimeOffset now)
    {
        now = DayAfterDeadline(disposition, now);
        return disposition.Fire(trigger, Actor, now, "why", new DispositionData(Today(now).AddDays(30), "reply", "result"));
    }

    public static string? ReasonFor(DispositionTrigger trigger) =>
        ExpectedTransitions.NeedReason.Contains(trigger) ? $"reason for {trigger}" : null;

    public static DispositionData? MinimalData(Disposition disposition, DispositionTrigger trigger, DateTimeOffset now)
    {
        var today = Today(now);
        var later = (disposition.Deadline > today ? disposition.Deadline.Value : today).AddDays(14);
        return trigger switch
        {
            DispositionTrigger.Issue when ExpectedTransitions.IssuedWithDeadline.Contains(disposition.Kind) => new(NewDeadline: later),
            _ when ExpectedTransitions.NeedNewDeadline.Contains(trigger) => new(NewDeadline: later),
            DispositionTrigger.ReceiveResult => new(ResultText: "fined 10,000 yuan"),
            DispositionTrigger.ReceiveReply => new(ReplySummary: "ledger set up, staff trained"),
            _ => null,
        };
    }

    private static DateTimeOffset DayAfterDeadline(Disposition disposition, DateTimeOffset now)
    {
        if (disposition.Deadline is not { } deadline)
            return now.AddHours(1);
        var after = new DateTimeOffset(deadline.AddDays(1), new TimeOnly(9, 0), Start.Offset);
        return after > now ? after : now.AddHours(1);
    }

    private static IEnumerable<DispositionTrigger> PathTo(DispositionKind kind, DispositionState target)
    {
        var cameBy = new Dictionary<DispositionState, DispositionTransition?> { [DispositionState.New] = null };
        var queue = new Queue<DispositionState>([DispositionState.New]);
        while (queue.TryDequeue(out var state) && state != target)
        {
            foreach (var edge in ExpectedTransitions.ByKind[kind].Where(t => t.From == state && !cameBy.ContainsKey(t.To)))
            {
                cameBy[edge.To] = edge;
                queue.Enqueue(edge.To);
            }
        }
        Assert.True(cameBy.ContainsKey(target), $"{kind}: {target} is unreachable");
        var path = new List<DispositionTrigger>();
        for (var edge = cameBy[target]; edge is not null; edge = cameBy[edge.From])
            path.Add(edge.Trigger);
        path.Reverse();
        return path;
    }
}
