namespace Yaojian.Core.Risks;

/// <summary>An entity a risk concerns: the entity's page lists its risks through these.</summary>
public class RiskEntityLink
{
    public int Id { get; set; }

    public int RiskId { get; set; }

    public int EntityId { get; set; }
}
