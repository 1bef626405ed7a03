namespace Yaojian.Core.Cases;

/// <summary>
/// A clue (线索, KZ-D-4.5): something that may be a violation, from any source — an inspection's finding, a
/// nonconforming sample, a complaint or report (12315…), public-opinion or online monitoring, traceability analytics, a
/// referral or a clue pushed from above. It is triaged within its time limit (online clues have their own, KZ-M-2.6)
/// and becomes a case, a disposition or nothing, always with the decision written down. Clues about the same entity
/// and product are grouped under the first one still open (<see cref="GroupId"/>).
/// </summary>
public class Clue
{
    /// <summary>A reason (<see cref="CaseTexts.MaxClueReason"/>) with the group it was merged into before it.</summary>
    public const int MaxDecisionLength = CaseTexts.MaxClueReason + 100;

    public int Id { get; set; }

    /// <summary>线索〔2025〕第000012号: numbered per year across the bureau.</summary>
    public required string Number { get; set; }

    public ClueSource Source { get; set; }

    /// <summary>How a complaint or report came in (12315, 12345…); null for the other sources.</summary>
    public ClueChannel? Channel { get; set; }

    /// <summary>The complainant's or reporter's name: personal data, masked for whoever lacks the right to see it.</summary>
    public string? ReporterName { get; set; }

    /// <summary>The complainant's or reporter's phone: personal data, masked likewise.</summary>
    public string? ReporterPhone { get; set; }

    /// <summary>What it came from, as <c>kind:id</c> (<c>sample:12</c>, <c>finding:5</c>, <c>complaint:12315-2025-0001</c>).</summary>
    public string? SourceRef { get; set; }

    public int? EntityId { get; set; }

    public int? ProductId { get; set; }

    /// <summary>The product as the source names it (name, and batch when known), when it is not in the catalogue.</summary>
    public string? ProductName { get; set; }

    public required string Summary { get; set; }

    /// <summary>The unit that handles it: scope and lists go by it.</summary>
    public int UnitId { get; set; }

    public DateOnly ReceivedOn { get; set; }

    /// <summary>The day by which it must be triaged (decided: filed as a case, disposed of otherwise, or dropped).</summary>
    public DateOnly? DueOn { get; set; }

    public ClueStatus Status { get; set; } = ClueStatus.New;

    /// <summary>The first open clue about the same entity and product, when this one repeats it.</summary>
    public int? GroupId { get; set; }

    /// <summary>The decision and why (立案, 不予立案 and the reason, 移送…).</summary>
    public string? Decision { get; set; }

    /// <summary>When the decision was entered.</summary>
    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>The day the decision took effect, as the paperwork says.</summary>
    public DateOnly? DecidedOn { get; set; }

    public string? DecidedBy { get; set; }

    /// <summary>The responsible person who approved the decision to register a case or not (第十八条：经负责人批准).</summary>
    public string? ApprovedBy { get; set; }

    /// <summary>The case it became, once registered (立案): what the case-filing rate counts. A clue merged into its group
    /// follows the group's case.</summary>
    public int? CaseId { get; set; }

    /// <summary>The disposition it was handled by, when handled otherwise (另行处置).</summary>
    public int? DispositionId { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Its triage, step by step.</summary>
    public List<ClueEvent> Events { get; set; } = [];
}
