using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Yaojian.Web.Resources;

namespace Yaojian.Web.Hosting;

/// <summary>
/// A request the API cannot read (broken JSON, a value of the wrong type, a number too large, a date that is none, a
/// required value missing, a body of another type) answers 400 (or 413/415) with a Chinese problem naming the field:
/// the JSON path (<c>items[0].itemId</c>) or the route or query parameter (<c>year</c>, <c>page</c>).
/// </summary>
internal sealed partial class BadRequestProblems(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad || httpContext.Response.HasStarted)
        {
            return false;
        }

        httpContext.Response.StatusCode = bad.StatusCode;
        var (field, reason) = Reason(bad);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [reason] }) { Status = bad.StatusCode },
        });
    }

    /// <summary>The field at fault and why, in Chinese, from what the framework says in English.</summary>
    internal static (string Field, string Reason) Reason(BadHttpRequestException bad)
    {
        var parameter = Parameter().Match(bad.Message) is { Success: true } match ? match.Groups["name"].Value : "body";
        for (var inner = bad.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is JsonException json)
            {
                var path = json.Path?.TrimStart('$').TrimStart('.');
                return (string.IsNullOrEmpty(path) ? parameter : path, UiText.Problem_BadJson);
            }
        }

        return bad.StatusCode switch
        {
            StatusCodes.Status413PayloadTooLarge => ("body", UiText.Problem_TooLarge),
            StatusCodes.Status415UnsupportedMediaType => ("body", UiText.Problem_UnsupportedMediaType),
            _ when bad.InnerException is not null => (parameter, UiText.Problem_BadJson),
            _ when bad.Message.StartsWith("Required", StringComparison.Ordinal) => (parameter, UiText.Problem_Required),
            _ when Value().Match(bad.Message) is { Success: true } value => (parameter, string.Format(System.Globalization.CultureInfo.CurrentCulture, UiText.Problem_BadValue, Shorten(value.Groups["value"].Value))),
            _ => (parameter, UiText.Problem_Unreadable),
        };
    }

    private static string Shorten(string value) => value.Length > 50 ? value[..50] + "…" : value;

    // Failed to bind parameter "Nullable<int> page" from "x". / Failed to read parameter "LoginRequest login" from the request body as JSON.
    [GeneratedRegex("parameter \"(?:[^\"]* )?(?<name>[^\" ]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex Parameter();

    [GeneratedRegex("from \"(?<value>.*)\"\\.$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Value();
}
