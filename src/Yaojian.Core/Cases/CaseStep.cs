namespace Yaojian.Core.Cases;

/// <summary>
/// One step of a case: the trigger, why, and what it carries — a new due date, the decision's number and penalties, a
/// person or partner bureau added, the police unit, a result, a typical-case write-up. <see cref="CaseTriggerRequirements"/>
/// says which trigger needs what.
/// </summary>
/// <param name="On">The day the step took effect (立案、决定、送达公安机关… as the paperwork says); today when null. Not
/// in the future, not before the previous step. The event keeps when it was entered as well.</param>
/// <param name="ApprovedBy">The responsible person who approved the step (负责人), when it needs one: registration.</param>
/// <param name="Publication">The texts approved for the public page, on publication (the preview's when left out).</param>
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
    string? WriteUp = null,
    DateOnly? On = null,
    string? ApprovedBy = null,
    PublicationInput? Publication = null);
