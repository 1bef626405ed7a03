using Yaojian.Core.Planning;

namespace Yaojian.Web.Api;

/// <summary>The visit list's query string: <c>unit inspector month rule q page pageSize</c>.</summary>
public sealed class VisitQueryParameters
{
    public string? Unit { get; init; }

    public int? Inspector { get; init; }

    public int? Month { get; init; }

    public string? Rule { get; init; }

    public string? Q { get; init; }

    public int? Page { get; init; }

    public int? PageSize { get; init; }

    public VisitQuery For(int year) => new(year)
    {
        Unit = Unit,
        InspectorId = Inspector,
        Month = Month,
        Rule = Rule,
        Search = Q,
        Page = Page ?? 1,
        PageSize = PageSize ?? 20,
    };
}
