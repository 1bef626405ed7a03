using Microsoft.AspNetCore.Http.HttpResults;
using Yaojian.Core.Common;

namespace Yaojian.Web.Api;

/// <summary>A use case's outcome as HTTP: 403, 404, 400 with the Chinese reasons under <c>field</c>, or the value.</summary>
internal static class OutcomeResults
{
    public static Results<Ok<T>, NotFound, ValidationProblem, ForbidHttpResult> Ok<T>(Outcome<T> outcome, string field)
        where T : class =>
        outcome.Forbidden ? TypedResults.Forbid()
        : outcome.NotFound ? TypedResults.NotFound()
        : outcome.Succeeded ? TypedResults.Ok(outcome.Value!)
        : Problem(outcome, field);

    public static Results<Created<T>, NotFound, ValidationProblem, ForbidHttpResult> Created<T>(Outcome<T> outcome, string field, Func<T, string> location)
        where T : class =>
        outcome.Forbidden ? TypedResults.Forbid()
        : outcome.NotFound ? TypedResults.NotFound()
        : outcome.Succeeded ? TypedResults.Created(location(outcome.Value!), outcome.Value)
        : Problem(outcome, field);

    private static ValidationProblem Problem<T>(Outcome<T> outcome, string field)
        where T : class =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [.. outcome.Errors] });
}
