namespace Yaojian.Core.Risks;

/// <summary>Why a step was refused; when several apply, the first in this order is reported.</summary>
public enum RiskRefusal
{
    NotPermitted = 1,
    ReasonRequired = 2,
    MeetingRequired = 3,
    MeasureRequired = 4,
    MeasuresNotFinished = 5,
}
