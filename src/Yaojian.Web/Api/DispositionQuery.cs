using Yaojian.Core.Inspections.Dispositions;
using Yaojian.Core.Resources;

namespace Yaojian.Web.Api;

/// <summary>The list's query string (<c>?kind=rectification_order&amp;state=open|closed|overdue&amp;unitId=&amp;entityId=</c>).</summary>
public sealed record DispositionQuery(string? Kind, string? State, int? UnitId, int? EntityId)
{
    /// <summary>The filter, or the Chinese reason for each query parameter that is not understood.</summary>
    public DispositionFilter ToFilter(out Dictionary<string, string[]> errors)
    {
        errors = [];
        return new DispositionFilter
        {
            Kind = QueryValues.Parse<DispositionKind>(Kind, "kind", Text.Error_UnknownDispositionKind, errors),
            Standing = QueryValues.Parse<DispositionStanding>(State, "state", Text.Error_UnknownDispositionState, errors),
            UnitId = UnitId,
            EntityId = EntityId,
        };
    }
}
