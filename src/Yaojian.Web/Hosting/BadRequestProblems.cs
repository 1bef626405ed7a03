using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Yaojian.Web.Resources;

namespace Yaojian.Web.Hosting;

/// <summary>
/// A request the API cannot read (broken JSON, a value of the wrong type, a number too large, a date that is none, a
/// required value missing, a body of another type) answers 400 (or 413/415) with a Chinese problem naming the field:
/// the JSON path (<c>items[0].itemId</c>) or the route or query parameter (<c>year</c>, <c>page</c>). A text PostgreSQL
/// cannot store (a NUL character) answers 400 too.
/// </summary>
internal sealed partial class BadRequestProblems(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (httpContext.Response.HasStarted)
        {
            return false;
        }

        if (IsUnstorableText(exception))
        {
            httpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                Exception = exception,
                ProblemDetails = new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = StatusCodes.Status400BadRequest, Detail = UiText.Problem_UnstorableText },
            });
        }

        if (exception is not BadHttpRequestException bad)
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

    /// <summary>
    /// PostgreSQL stores no NUL character in a text (SQLSTATE 22021); a value that reaches the database with one (a
    /// query value, a JSON string) is the caller's mistake, not the server's.
    /// </summary>
    private static bool IsUnstorableText(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.CharacterNotInRepertoire })
            {
                return true;
            }
        }

        return false;
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
