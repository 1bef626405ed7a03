namespace Yaojian.Core.Risks;

/// <summary>The outcome of a step: the recorded event, or why it was refused.</summary>
public sealed record RiskStepResult(RiskEvent? Event, RiskRefusal? Refusal)
{
    public bool Succeeded => Refusal is null;
}
