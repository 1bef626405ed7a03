namespace Yaojian.Core.Cases;

/// <summary>Where a case stands, as the lists filter it (<c>state=open|closed|overdue|typical</c>).</summary>
public enum CaseStanding
{
    /// <summary>Not closed: something is still to be done.</summary>
    Open = 1,

    /// <summary>结案, 不予处罚 or 撤销立案.</summary>
    Closed = 2,

    /// <summary>A legal time limit has passed while it still runs.</summary>
    Overdue = 3,

    /// <summary>Marked a typical case.</summary>
    Typical = 4,
}
