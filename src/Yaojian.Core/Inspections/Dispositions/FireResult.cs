namespace Yaojian.Core.Inspections.Dispositions;

/// <summary>The outcome of firing a trigger: the recorded event, or why it was refused and what the state allows.</summary>
public sealed record FireResult(DispositionEvent? Event, DispositionRefusal? Refusal, IReadOnlyList<DispositionTrigger> PermittedTriggers)
{
    public bool Succeeded => Refusal is null;

    public static FireResult Done(DispositionEvent recorded, IReadOnlyList<DispositionTrigger> permitted) => new(recorded, null, permitted);

    public static FireResult Refused(DispositionRefusal refusal, IReadOnlyList<DispositionTrigger> permitted) => new(null, refusal, permitted);
}
