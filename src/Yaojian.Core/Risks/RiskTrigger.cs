namespace Yaojian.Core.Risks;

/// <summary>What moves a risk on; <see cref="RiskMachine"/> says from where and with what.</summary>
public enum RiskTrigger
{
    Raise = 1,
    Analyse = 2,
    SubmitForConsultation = 3,

    /// <summary>A consultation meeting decides measures: the risk goes under control.</summary>
    Decide = 4,
    StartFollowUp = 5,
    Close = 6,

    /// <summary>The follow-up found the measures did not work: back under control, with new measures.</summary>
    Reopen = 7,

    /// <summary>Screened, analysed or consulted and found not to be a risk.</summary>
    Dismiss = 8,
}
