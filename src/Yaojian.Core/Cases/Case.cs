namespace Yaojian.Core.Cases;

/// <summary>
/// A case (案件, KZ-D-4.5, KZ-M-2.14), registered from a clue or handed over by a case-filing disposition, and followed by
/// its state machine (<see cref="CaseWorkflow"/>): investigated, decided with penalties on the party and on persons,
/// executed and closed — or closed without a penalty, revoked, or transferred to the police and tracked to their answer.
/// Its legal time limits are kept as the days they fall due; every step is an event with who, when and why.
/// </summary>
public class Case
{
    public const int MaxTextLength = 2000;

    public const int MaxWriteUpLength = 4000;

    public int Id { get; set; }

    /// <summary>案〔2025〕第000003号: numbered per year across the bureau.</summary>
    public required string Number { get; set; }

    /// <summary>案由: what the party is suspected of (涉嫌销售劣药…).</summary>
    public required string Cause { get; set; }

    /// <summary>案情: what is known, from the clue or the finding.</summary>
    public string? Summary { get; set; }

    /// <summary>The regulated entity the case is against, when it is in the registry (an unlicensed den is not).</summary>
    public int? EntityId { get; set; }

    /// <summary>当事人: the entity's name, or whoever the case is against.</summary>
    public required string PartyName { get; set; }

    /// <summary>The party is a natural person: the name is personal data, masked like any person's.</summary>
    public bool PartyIsPerson { get; set; }

    public int? ProductId { get; set; }

    public string? ProductName { get; set; }

    /// <summary>The handling unit (办案单位): scope and lists go by it.</summary>
    public int UnitId { get; set; }

    /// <summary>The case-filing disposition that handed the case over, when it came that way.</summary>
    public int? DispositionId { get; set; }

    public CaseState State { get; set; } = CaseState.New;

    /// <summary>The day the case was registered (立案), as the paperwork says: the decision's time limit runs from it.</summary>
    public DateOnly RegisteredOn { get; set; }

    /// <summary>The responsible person who approved the registration (《市场监督管理行政处罚程序规定》第十八条：经负责人批准);
    /// null for a case handed over by a case-filing disposition, approved when it was issued.</summary>
    public string? ApprovedBy { get; set; }

    /// <summary>The day the decision is due (立案之日起九十日…), as the plan file's limit and any extension set it.</summary>
    public DateOnly? DecisionDueOn { get; set; }

    public DateOnly? DecidedOn { get; set; }

    /// <summary>处罚决定书文号.</summary>
    public string? DecisionNumber { get; set; }

    /// <summary>The facts and the legal basis of the decision, or why no penalty is imposed.</summary>
    public string? DecisionSummary { get; set; }

    /// <summary>The day the decision must be published by; null when no limit applies (none set, or warnings only).</summary>
    public DateOnly? PublishDueOn { get; set; }

    /// <summary>When the publication was entered.</summary>
    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>The day the decision was published, which its time limit is held against.</summary>
    public DateOnly? PublishedOn { get; set; }

    public string? PublishedBy { get; set; }

    /// <summary>The cause as published: masked and approved by the publisher (<see cref="PublicationInput"/>), kept as it
    /// went out so that a later change of the masking rule never changes a published text; null before publication.</summary>
    public string? PublicCause { get; set; }

    /// <summary>The facts and basis as published, masked and approved likewise.</summary>
    public string? PublicFacts { get; set; }

    /// <summary>The typical-case write-up as published, masked (and approved, when it was marked before publication).</summary>
    public string? PublicWriteUp { get; set; }

    public DateOnly? ExecutedOn { get; set; }

    /// <summary>How the decision was executed (罚款已缴纳、违法药品已没收…).</summary>
    public string? Execution { get; set; }

    public DateOnly? ClosedOn { get; set; }

    /// <summary>The police unit the case was transferred to (移送公安机关).</summary>
    public string? PoliceUnit { get; set; }

    public DateOnly? TransferredOn { get; set; }

    public DateOnly? PoliceAcceptedOn { get; set; }

    /// <summary>The day the police's answer is due (from the transfer, or from its acceptance).</summary>
    public DateOnly? PoliceAnswerDueOn { get; set; }

    public DateOnly? PoliceAnsweredOn { get; set; }

    /// <summary>The police's answer: their case opened (立案), or not and why.</summary>
    public string? PoliceResult { get; set; }

    /// <summary>Marked a typical case (典型案例): its write-up is shown on the public page once the decision is published.</summary>
    public bool Typical { get; set; }

    public string? TypicalWriteUp { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<CasePerson> Persons { get; set; } = [];

    public List<CasePenalty> Penalties { get; set; } = [];

    public List<CasePartner> Partners { get; set; } = [];

    public List<CaseEvent> Events { get; set; } = [];

    /// <summary>The clues registered as this case, and those merged into their group.</summary>
    public List<Clue> Clues { get; set; } = [];
}
