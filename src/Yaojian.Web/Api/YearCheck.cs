using System.Globalization;
using Yaojian.Core.Resources;

namespace Yaojian.Web.Api;

/// <summary>
/// The one check of every year a route or a query names (<c>/api/plans/{year}</c>, <c>/api/sampling/{year}</c>,
/// <c>?year=</c>): outside 2000–2100 the answer is 400 with the Chinese reason under <c>year</c>, before a handler
/// makes a date of it (year 0 or 10000 has none).
/// </summary>
internal static class YearCheck
{
    public const int First = 2000;

    public const int Last = 2100;

    public static TBuilder ChecksYear<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var request = context.HttpContext.Request;
            var text = request.RouteValues.TryGetValue("year", out var route)
                ? Convert.ToString(route, CultureInfo.InvariantCulture)
                : request.Query["year"].FirstOrDefault();
            return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var year) && year is < First or > Last
                ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["year"] = [Text.Cases_BadYearQuery] })
                : await next(context);
        });
}
