namespace Yaojian.Core.Risks;

/// <summary>
/// Where a risk stands in the five-step loop (五位一体, KZ-D-4.1): 风险排查 screening, 收集研判 collection and analysis,
/// 会商交流 consultation, 管控处置 control and disposal, 跟踪问效 follow-up of effect — until it is closed (销号).
/// </summary>
public enum RiskStage
{
    /// <summary>Before the first event, so raising a risk is an audited transition too.</summary>
    New = 1,
    Screening = 2,
    Analysis = 3,
    Consultation = 4,
    Control = 5,
    FollowUp = 6,
    Closed = 7,
}
