namespace Yaojian.Core.Risks;

/// <summary>One step of a risk's loop: who moved it, when, why, and at which meeting when one decided it.</summary>
public sealed record RiskEvent(RiskStage From, RiskStage To, RiskTrigger Trigger, string Actor, DateTimeOffset At, string? Reason, int? MeetingId);
