namespace Yaojian.Core.Cases;

/// <summary>
/// One case with what its page needs: what is known, the decision and its penalties, the execution, the transfer to the
/// police and their answer, the partners of a joint case, the publication and the typical-case write-up, the clues it
/// came from, its steps, what may happen next, the day the decision's extension would run to, who approved the
/// registration, the day of publication and who entered it, and why the decision is not to be published, if it is not.
/// </summary>
public sealed record CaseDetail(
    CaseView Case,
    string? Summary,
    DateOnly? DecisionDueOn,
    string? DecisionSummary,
    DateOnly? ExecutedOn,
    string? Execution,
    DateOnly? ClosedOn,
    DateTimeOffset? PublishedAt,
    string? PublishedBy,
    string? PoliceUnit,
    DateOnly? TransferredOn,
    DateOnly? PoliceAcceptedOn,
    DateOnly? PoliceAnsweredOn,
    string? PoliceResult,
    string? TypicalWriteUp,
    IReadOnlyList<CasePersonView> Persons,
    IReadOnlyList<CasePenaltyView> Penalties,
    IReadOnlyList<CasePartnerView> Partners,
    IReadOnlyList<CaseClueView> Clues,
    IReadOnlyList<CaseEventView> Events,
    IReadOnlyList<CaseTrigger> PermittedTriggers,
    DateOnly? ExtensionDueOn,
    string? ApprovedBy,
    DateOnly? PublishedOn,
    string? PublishedByName,
    string? NotPublishable);
