using System.Globalization;
using System.Text;
using Yaojian.Core.Common;
using Yaojian.Core.Planning;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Tests.Planning;

/// <summary>A random registry for the plan engine: entities, inspectors with their conflicts, past inspections and a seed.</summary>
public sealed record PlanWorld(
    IReadOnlyList<PlanEntity> Entities,
    IReadOnlyList<PlanInspector> Inspectors,
    IReadOnlyList<PastInspection> History,
    long Seed)
{
    public PlanRequest Request(PlanDefinition plan, int year) => new(plan, year, Seed, Entities, Inspectors, History);

    public PlanEntity Entity(string code) => Entities.Single(e => e.Code == code);

    /// <summary>Every entity, inspector and past inspection on one line each, so that a failing case can be rebuilt.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"seed {Seed}; {Entities.Count} entities, {Inspectors.Count} inspectors, {History.Count} past inspections");
        foreach (var e in Entities)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"\n  {e.Code} {SnakeCaseNames<EntityKind>.Of(e.Kind)} unit={e.Unit} {SnakeCaseNames<AreaClass>.Of(e.Area)} grade={e.Grade} tier={(int?)e.Tier} {SnakeCaseNames<EntityStatus>.Of(e.Status)} tags={SupervisionTagNames.Format(e.Tags)}");
        }

        foreach (var i in Inspectors)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n  {i.Code} unit={i.Unit} conflicts={string.Join(';', i.Conflicts.Order(StringComparer.Ordinal))}");
        }

        foreach (var p in History)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n  {p.EntityCode} inspected {p.Date:yyyy-MM-dd}");
        }

        return text.ToString();
    }
}
