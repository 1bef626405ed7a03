namespace Yaojian.Core.Registry.Grading;

/// <summary>
/// An outcome a grading rule of the plan file answers (<c>when:</c>, written <c>serious_finding</c>…): each one is
/// produced by a use case — a finished inspection, a disposition issued or moved on, a sample's result, a case registered
/// or decided, the year-end review. Every one but
/// <see cref="CleanYear"/> can only lower a grade; a clean year can only raise it.
/// </summary>
public enum GradingEvent
{
    /// <summary>A first version of an inspection record finished with at least one serious finding (严重缺陷).</summary>
    SeriousFinding = 1,

    /// <summary>A first version of an inspection record finished with at least one major finding (主要缺陷).</summary>
    MajorFinding = 2,

    /// <summary>A rectification order whose deadline passed without a reply (its DeadlinePassed trigger).</summary>
    RectificationOverdue = 3,

    /// <summary>A rectification order escalated (re-check failed or overdue, the chief escalates).</summary>
    RectificationEscalated = 4,

    /// <summary>A case filed (立案): a case-filing disposition issued, or a case registered from a clue.</summary>
    CaseFiled = 5,

    /// <summary>A year in which the entity was inspected, nothing was found, no disposition was issued and no case registered.</summary>
    CleanYear = 6,

    /// <summary>A sample taken from the entity found nonconforming by the laboratory (抽检不合格).</summary>
    NonconformingSample = 7,
    /// <summary>A case decided with penalties (作出行政处罚决定, HG-6(3)).</summary>
    PenaltyDecided = 8,
}
