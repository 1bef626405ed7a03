namespace Yaojian.Core.Planning;

/// <summary>
/// The unit that leads a rule's visits: a named unit, or the entity's own territorial unit (属地为主, HG-3.1) when
/// <see cref="Code"/> is null.
/// </summary>
public sealed record LeadUnit(string? Code)
{
    public const string TerritorialName = "territorial";

    public static LeadUnit Territorial { get; } = new((string?)null);

    public bool IsTerritorial => Code is null;

    public string For(PlanEntity entity) => Code ?? entity.Unit;

    public override string ToString() => Code ?? TerritorialName;
}
