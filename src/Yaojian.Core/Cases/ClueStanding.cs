namespace Yaojian.Core.Cases;

/// <summary>Where a clue stands, as the lists filter it (<c>state=open|decided|overdue</c>).</summary>
public enum ClueStanding
{
    /// <summary>New or being verified: still to be triaged.</summary>
    Open = 1,

    /// <summary>Registered as a case, handled otherwise, dropped or merged.</summary>
    Decided = 2,

    /// <summary>Open past its time limit.</summary>
    Overdue = 3,
}
