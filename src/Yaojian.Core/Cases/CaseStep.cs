namespace Yaojian.Core.Cases;

/// <summary>
/// One step of a case: the trigger, why, and what it carries — a new due date, the decision's number and penalties, a
/// person or partner bureau added, the police unit, a result, a typical-case write-up. <see cref="CaseTriggerRequirements"/>
/// says which trigger needs what.
/// </summary>
public sealed record CaseStep(
    CaseTrigger Trigger,
    string? Reason = null,
    DateOnly? NewDueOn = null,
    string? DecisionNumber = null,
    IReadOnlyList<PenaltyInput>? Penalties = null,
    PersonInput? Person = null,
    PartnerInput? Partner = null,
    string? Receiver = null,
    string? ResultText = null,
    string? WriteUp = null);
