namespace Yaojian.Core.Inspections.Dispositions;

/// <summary>Where a disposition stands, as the lists filter it (<c>state=open|closed|overdue</c>).</summary>
public enum DispositionStanding
{
    /// <summary>Not in a final state of its kind: something may still happen.</summary>
    Open = 1,

    /// <summary>In a final state: no trigger leaves it (<see cref="DispositionTransitions.IsFinal"/>).</summary>
    Closed = 2,

    /// <summary>Past its deadline while waiting on it, or marked overdue.</summary>
    Overdue = 3,
}
