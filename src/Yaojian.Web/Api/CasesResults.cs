using Microsoft.AspNetCore.Http.HttpResults;
using Yaojian.Core.Cases;

namespace Yaojian.Web.Api;

/// <summary>A clue's or a case's use-case outcome as an HTTP answer: 403, 404, 400 with the Chinese reasons, or the view.</summary>
internal static class CasesResults
{
    public static Results<Ok<T>, NotFound, ValidationProblem, ForbidHttpResult> Answer<T>(CasesOutcome<T> outcome, string field)
        where T : class =>
        outcome.Forbidden ? TypedResults.Forbid()
        : outcome.NotFound ? TypedResults.NotFound()
        : outcome.Succeeded ? TypedResults.Ok(outcome.View!)
        : Problem(outcome, field);

    public static Results<Created<T>, NotFound, ValidationProblem, ForbidHttpResult> Created<T>(CasesOutcome<T> outcome, string field, Func<T, string> location)
        where T : class =>
        outcome.Forbidden ? TypedResults.Forbid()
        : outcome.NotFound ? TypedResults.NotFound()
        : outcome.Succeeded ? TypedResults.Created(location(outcome.View!), outcome.View)
        : Problem(outcome, field);

    private static ValidationProblem Problem<T>(CasesOutcome<T> outcome, string field)
        where T : class =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = outcome.Errors.ToArray() });
}
