using Yaojian.Core.Cases;
using Yaojian.Core.Resources;

namespace Yaojian.Web.Api;

/// <summary>The clue list's query string (<c>?source=complaint&amp;state=open|decided|overdue&amp;unitId=&amp;entityId=</c>).</summary>
public sealed record ClueQuery(string? Source, string? State, int? UnitId, int? EntityId)
{
    /// <summary>The filter, or the Chinese reason for each query parameter that is not understood.</summary>
    public ClueFilter ToFilter(out Dictionary<string, string[]> errors)
    {
        errors = [];
        return new ClueFilter
        {
            Source = QueryValues.Parse<ClueSource>(Source, "source", Text.Clues_UnknownSourceQuery, errors),
            Standing = QueryValues.Parse<ClueStanding>(State, "state", Text.Clues_UnknownStateQuery, errors),
            UnitId = UnitId,
            EntityId = EntityId,
        };
    }
}
