using Yaojian.Core.Inspections.Dispositions;
using static Yaojian.Core.Inspections.Dispositions.DispositionState;

namespace Yaojian.Core.Tests.Inspections.Dispositions;

/// <summary>Final states (the lists' open and closed) come from the machines: a state no trigger leaves, and every other one leads to one.</summary>
public sealed class FinalStateTests
{
    public static TheoryData<DispositionKind, DispositionState[]> Expected => new()
    {
        { DispositionKind.RectificationOrder, [Escalated, Closed] },
        { DispositionKind.Warning, [Closed] },
        { DispositionKind.ResponsibilityInterview, [Cancelled, Closed] },
        { DispositionKind.RemotePharmacySuspension, [Lifted] },
        { DispositionKind.Delisting, [Escalated, Closed] },
        { DispositionKind.CaseFiling, [Closed] },
        { DispositionKind.Referral, [Closed] },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void FinalStatesOf_EachKind_AreTheStatesWithoutAWayOut(DispositionKind kind, DispositionState[] expected)
    {
        Assert.Equal(expected.Order(), DispositionTransitions.FinalStatesOf(kind).Order());
        Assert.All(DispositionTransitions.StatesOf(kind), s => Assert.Equal(expected.Contains(s), DispositionTransitions.IsFinal(kind, s)));
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public void EveryOpenState_ReachesAFinalOne(DispositionKind kind, DispositionState[] expected)
    {
        var reached = new HashSet<DispositionState>(expected);
        for (var grown = true; grown;)
        {
            var before = reached.Count;
            reached.UnionWith(DispositionTransitions.Of(kind).Where(t => reached.Contains(t.To)).Select(t => t.From));
            grown = reached.Count > before;
        }

        Assert.Equal(DispositionTransitions.StatesOf(kind).Order(), reached.Order());
    }
}
