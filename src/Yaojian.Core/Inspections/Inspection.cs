using Yaojian.Core.Registry;

namespace Yaojian.Core.Inspections;

/// <summary>
/// An inspection record (现场检查笔录): from a planned visit or ad hoc, with its inspectors, checklist answers, findings
/// and signatures. Finishing freezes it; a correction is a new version that keeps the old one (superseded).
/// </summary>
public class Inspection
{
    public int Id { get; set; }

    /// <summary>The record's number, the same across its versions (e.g. 检〔2025〕第000123号).</summary>
    public required string Number { get; set; }

    public int Version { get; set; } = 1;

    public int? PreviousVersionId { get; set; }

    public int EntityId { get; set; }

    public RegulatedEntity? Entity { get; set; }

    /// <summary>The lead unit: whose record it is (属地为主).</summary>
    public int UnitId { get; set; }

    public int? PlanVisitId { get; set; }

    public InspectionMode Mode { get; set; } = InspectionMode.Routine;

    public InspectionStatus Status { get; set; } = InspectionStatus.Draft;

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>The entity's representative present (personal data: masked where not needed).</summary>
    public string? Representative { get; set; }

    public string? RepresentativeTitle { get; set; }

    /// <summary>The checklists asked, as <c>id@version</c>, <c>;</c>-separated (their items are copied into the answers).</summary>
    public string? Checklists { get; set; }

    /// <summary>其他需要说明的情况: what else the officers write down.</summary>
    public string? Notes { get; set; }

    /// <summary>被检查单位负责人意见: what the entity's person in charge writes on the record.</summary>
    public string? RepresentativeOpinion { get; set; }

    public required string CreatedBy { get; set; }

    public List<InspectionInspector> Inspectors { get; set; } = [];

    public List<ChecklistAnswer> Answers { get; set; } = [];

    public List<Finding> Findings { get; set; } = [];

    public List<InspectionSignature> Signatures { get; set; } = [];
}
