namespace Yaojian.Core.Cases;

/// <summary>The outcome of a step: the recorded event, or why it was refused; and what the case's state allows now.</summary>
public sealed record CaseFireResult(CaseEvent? Event, CaseRefusal? Refusal, IReadOnlyList<CaseTrigger> PermittedTriggers)
{
    public bool Succeeded => Refusal is null;
}
