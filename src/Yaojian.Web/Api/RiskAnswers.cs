using Microsoft.AspNetCore.Http.HttpResults;
using Yaojian.Core.Risks;

namespace Yaojian.Web.Api;

/// <summary>A risk use case's outcome as HTTP: 403, 404, 400 with the Chinese reasons under <c>risk</c>, or the value.</summary>
internal static class RiskAnswers
{
    public static Results<Ok<T>, NotFound, ValidationProblem, ForbidHttpResult> Ok<T>(RiskOutcome<T> outcome)
        where T : class =>
        outcome.Forbidden ? TypedResults.Forbid()
        : outcome.NotFound ? TypedResults.NotFound()
        : outcome.Succeeded ? TypedResults.Ok(outcome.Value!)
        : Problem(outcome);

    public static Results<Created<T>, NotFound, ValidationProblem, ForbidHttpResult> Created<T>(RiskOutcome<T> outcome, Func<T, string> location)
        where T : class =>
        outcome.Forbidden ? TypedResults.Forbid()
        : outcome.NotFound ? TypedResults.NotFound()
        : outcome.Succeeded ? TypedResults.Created(location(outcome.Value!), outcome.Value)
        : Problem(outcome);

    private static ValidationProblem Problem<T>(RiskOutcome<T> outcome)
        where T : class =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["risk"] = [.. outcome.Errors] });
}
