namespace Yaojian.Core.Inspections.Dispositions;

/// <summary>Why a trigger was refused; when several apply, the first in this order is reported.</summary>
public enum DispositionRefusal
{
    /// <summary>The disposition's current state does not accept the trigger at all.</summary>
    NotPermitted = 1,
    ReasonRequired = 2,
    DeadlineRequired = 3,
    DeadlineInPast = 4,
    DeadlineNotExtended = 5,
    ResultRequired = 6,
    DeadlineNotPassed = 7,
}
