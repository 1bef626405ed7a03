namespace Yaojian.Core.Cases;

/// <summary>
/// Why a case's step was refused. A step the state does not accept, or whose condition does not hold, is reported first;
/// when several of the step's own requirements are unmet, the first in this order is reported.
/// </summary>
public enum CaseRefusal
{
    /// <summary>The case's current state does not accept the step at all.</summary>
    NotPermitted = 1,
    ReasonRequired = 2,
    DueDateRequired = 3,
    DueDateNotLater = 4,
    DecisionNumberRequired = 5,
    PenaltyRequired = 6,
    PenaltyInvalid = 7,
    ReceiverRequired = 8,
    ResultRequired = 9,
    PersonRequired = 10,
    PartnerRequired = 11,
    WriteUpRequired = 12,
    AlreadyPublished = 13,

    /// <summary>The day the step took effect is after today.</summary>
    DateInFuture = 14,

    /// <summary>The day the step took effect is before the previous step's.</summary>
    DateBeforePrevious = 15,

    /// <summary>The police have not answered yet: no new transfer, no close.</summary>
    AwaitingPolice = 16,

    /// <summary>A decision of warnings only is not published (《市场监督管理行政处罚信息公示规定》第二条).</summary>
    WarningsOnlyNotPublished = 17,

    /// <summary>A text is over its limit; <see cref="CaseTexts.StepProblems"/> names it.</summary>
    TextTooLong = 18,

    /// <summary>A person's ID number is not a GB 11643 number.</summary>
    IdNumberInvalid = 19,
}
