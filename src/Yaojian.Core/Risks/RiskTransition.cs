namespace Yaojian.Core.Risks;

/// <summary>One edge of the loop: from a stage, a trigger, to a stage.</summary>
public sealed record RiskTransition(RiskStage From, RiskTrigger Trigger, RiskStage To);
