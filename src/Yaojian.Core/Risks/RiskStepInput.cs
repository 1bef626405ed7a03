namespace Yaojian.Core.Risks;

/// <summary>The single parameter every trigger carries through Stateless, so guards and the event see the same input.</summary>
internal sealed record RiskStepInput(string Actor, DateTimeOffset Now, string? Reason, int? MeetingId);
