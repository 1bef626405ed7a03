namespace Yaojian.Core.Risks;

/// <summary>One step of a risk's loop: who moved it (their login name), when, why, and at which meeting when one decided it.</summary>
public sealed record RiskEvent(RiskStage From, RiskStage To, RiskTrigger Trigger, string Actor, DateTimeOffset At, string? Reason, int? MeetingId)
{
    /// <summary>Who moved it as people read it (李科长, 系统（措施逾期检查）), set when the risk is shown.</summary>
    public string? ActorName { get; init; }
}
