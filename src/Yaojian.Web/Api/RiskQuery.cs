using Yaojian.Core.Resources;
using Yaojian.Core.Risks;

namespace Yaojian.Web.Api;

/// <summary>The register's query string (<c>?area=device&amp;class=regional&amp;stage=control&amp;state=open|closed|all&amp;overdue=true&amp;entityId=&amp;unitId=</c>).</summary>
public sealed record RiskQuery(string? Area, string? Class, string? Stage, string? State, bool? Overdue, int? EntityId, int? UnitId)
{
    public RiskFilter ToFilter(out Dictionary<string, string[]> errors)
    {
        errors = [];
        var stage = QueryValues.Parse<RiskStage>(Stage, "stage", Text.Risks_BadStage, errors);
        if (State is { Length: > 0 } and not ("open" or "closed" or "all"))
        {
            errors["state"] = [Yaojian.Core.Common.EnumText.Format(Text.Risks_BadStage, State, "open closed all")];
        }

        return new RiskFilter
        {
            Area = QueryValues.Parse<RiskArea>(Area, "area", Text.Risks_BadArea, errors),
            Class = QueryValues.Parse<RiskClass>(Class, "class", Text.Risks_BadClass, errors),
            Stage = State == "closed" ? RiskStage.Closed : stage,
            OpenOnly = State == "open",
            OverdueMeasures = Overdue ?? false,
            EntityId = EntityId,
            UnitId = UnitId,
        };
    }
}

/// <summary>The measure list's query string (<c>?state=open|overdue|done|cancelled&amp;unitId=&amp;riskId=</c>).</summary>
public sealed record MeasureQuery(string? State, int? UnitId, int? RiskId)
{
    public MeasureFilter ToFilter(out Dictionary<string, string[]> errors)
    {
        errors = [];
        return new MeasureFilter
        {
            Standing = QueryValues.Parse<MeasureStanding>(State, "state", Text.Risks_BadMeasureState, errors),
            OwnerUnitId = UnitId,
            RiskId = RiskId,
        };
    }
}
