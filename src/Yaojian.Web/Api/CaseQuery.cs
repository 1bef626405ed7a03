using Yaojian.Core.Cases;
using Yaojian.Core.Resources;

namespace Yaojian.Web.Api;

/// <summary>The case list's query string (<c>?state=open|closed|overdue|typical&amp;unitId=&amp;entityId=&amp;dispositionId=</c>).</summary>
public sealed record CaseQuery(string? State, int? UnitId, int? EntityId, int? DispositionId)
{
    /// <summary>The filter, or the Chinese reason for each query parameter that is not understood.</summary>
    public CaseFilter ToFilter(out Dictionary<string, string[]> errors)
    {
        errors = [];
        return new CaseFilter
        {
            Standing = QueryValues.Parse<CaseStanding>(State, "state", Text.Cases_UnknownStateQuery, errors),
            UnitId = UnitId,
            EntityId = EntityId,
            DispositionId = DispositionId,
        };
    }
}
