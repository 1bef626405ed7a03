using Yaojian.Core.Registry;

namespace Yaojian.Core.Planning;

/// <summary>One visit of a drawn plan, stored: entity, window, lead unit, the rules it serves and its inspectors.</summary>
public class PlanVisit
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public int EntityId { get; set; }

    public RegulatedEntity? Entity { get; set; }

    public int UnitId { get; set; }

    public OrgUnit? Unit { get; set; }

    public DateOnly WindowStart { get; set; }

    public DateOnly WindowEnd { get; set; }

    /// <summary>The rule ids, <c>;</c>-separated, in the plan file's order.</summary>
    public required string RuleIds { get; set; }

    public VisitStatus Status { get; set; } = VisitStatus.Planned;

    public List<VisitInspector> Inspectors { get; set; } = [];
}
