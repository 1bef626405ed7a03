using Yaojian.Core.Resources;
using Yaojian.Core.Sampling;

namespace Yaojian.Web.Api;

/// <summary>
/// The sample list's query string: <c>?year=&amp;category=&amp;focus=&amp;standing=pending|conforming|nonconforming|not_filed&amp;online=&amp;entityId=&amp;unitId=&amp;q=&amp;page=&amp;pageSize=</c>.
/// </summary>
public sealed record SampleQuery(int? Year, string? Category, string? Focus, string? Standing, bool? Online, int? EntityId, int? UnitId, string? Q, int? Page, int? PageSize)
{
    /// <summary>The filter, or the Chinese reason for each query parameter that is not understood.</summary>
    public SampleFilter ToFilter(out Dictionary<string, string[]> errors)
    {
        errors = [];
        return new SampleFilter
        {
            Year = Year,
            Category = Category,
            Focus = Focus,
            Standing = QueryValues.Parse<SampleStanding>(Standing, "standing", Text.Sampling_UnknownStanding, errors),
            Online = Online,
            EntityId = EntityId,
            UnitId = UnitId,
            Search = Q,
            Page = Page ?? 1,
            PageSize = PageSize ?? 50,
        };
    }
}
