namespace Yaojian.Core.Cases;

/// <summary>Why a case's step was refused; when several apply, the first in this order is reported.</summary>
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
}
