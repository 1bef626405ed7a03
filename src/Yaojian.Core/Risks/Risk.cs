using Yaojian.Core.Registry;

namespace Yaojian.Core.Risks;

/// <summary>
/// A risk of the register (风险, KZ-D-4.1, KZ-M-2.11): from a clue, a case, the analytics or entered by hand; classed
/// systemic, regional or frequent; optionally about entities, a product and an area; followed round the five-step loop
/// (<see cref="RiskLoop"/>) until it is closed. The register is the bureau's: every unit may read it.
/// </summary>
public class Risk
{
    public int Id { get; set; }

    /// <summary>风险〔2025〕第001号: numbered per year across the bureau.</summary>
    public required string Number { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    public RiskArea Area { get; set; }

    public RiskClass Class { get; set; }

    /// <summary>A level code of the plan file's <c>risk_consultation.levels</c> (e.g. <c>high</c>), when the plan sets levels.</summary>
    public string? Level { get; set; }

    public RiskSource Source { get; set; }

    /// <summary>What it came from, as <c>kind:ref</c> (<c>clue:12</c>, <c>case:〔2025〕3号</c>, <c>analytics:trace-2025-03</c>).</summary>
    public string? SourceRef { get; set; }

    public int? ClueId { get; set; }

    /// <summary>The case it came from, as plain data: cases live in their own area and may be renumbered or merged there.</summary>
    public int? CaseId { get; set; }

    public string? CaseNumber { get; set; }

    public int? ProductId { get; set; }

    /// <summary>The product as the source names it, when it is not in the catalogue.</summary>
    public string? ProductName { get; set; }

    /// <summary>The kind of place it concerns (城区、城乡接合部、农村), for a regional risk.</summary>
    public AreaClass? AreaClass { get; set; }

    /// <summary>The townships or streets it concerns, as written.</summary>
    public string? Place { get; set; }

    /// <summary>The unit that leads it (牵头单位).</summary>
    public int UnitId { get; set; }

    public RiskStage Stage { get; set; } = RiskStage.New;

    public DateOnly RaisedOn { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<RiskEntityLink> Entities { get; set; } = [];

    public List<RiskEventRecord> Events { get; set; } = [];

    public List<RiskMeasure> Measures { get; set; } = [];
}
