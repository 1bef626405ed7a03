using System.Collections.Frozen;

namespace Yaojian.Core.Inspections.Dispositions;

/// <summary>Each kind's edges, read back from its Stateless machine, for forms, lists and tests.</summary>
public static class DispositionTransitions
{
    private static readonly FrozenDictionary<DispositionKind, IReadOnlyList<DispositionTransition>> ByKind =
        Enum.GetValues<DispositionKind>().ToFrozenDictionary(k => k, Read);

    public static IReadOnlyList<DispositionTransition> Of(DispositionKind kind) => ByKind[kind];

    /// <summary>Every state a disposition of this kind can be in, <see cref="DispositionState.New"/> first.</summary>
    public static IReadOnlyList<DispositionState> StatesOf(DispositionKind kind) =>
        [.. Of(kind).SelectMany(t => new[] { t.From, t.To }).Distinct()];

    public static IReadOnlyList<DispositionTrigger> PermittedIn(DispositionKind kind, DispositionState state) =>
        [.. Of(kind).Where(t => t.From == state).Select(t => t.Trigger)];

    /// <summary>A state no trigger leaves: the disposition is over (closed, escalated, cancelled, lifted…).</summary>
    public static bool IsFinal(DispositionKind kind, DispositionState state) => PermittedIn(kind, state).Count == 0;

    public static IReadOnlyList<DispositionState> FinalStatesOf(DispositionKind kind) => [.. StatesOf(kind).Where(s => IsFinal(kind, s))];

    private static IReadOnlyList<DispositionTransition> Read(DispositionKind kind)
    {
        var state = DispositionState.New;
        DateOnly? deadline = null;
        return new DispositionMachine(kind, () => state, s => state = s, () => deadline, d => deadline = d).Transitions();
    }
}
