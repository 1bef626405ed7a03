using System.Text.Json.Serialization.Metadata;
using Yaojian.Web.Resources;

namespace Yaojian.Web.Hosting;

/// <summary>
/// Every API answer that is not a success carries a problem detail (RFC 9457) with a Chinese title: a bad JSON body, a
/// value of the wrong type in the route or the query (400 naming the field, see <see cref="BadRequestProblems"/>), an
/// unknown route, a missing right, and an unexpected failure; never an empty body or the developer page. A null given
/// for a list reads as the empty list (<see cref="NullLists"/>).
/// </summary>
public static class ApiProblems
{
    public static IServiceCollection AddYaojianApiProblems(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            // The framework's own titles are English ("Forbidden"); a title the app chose in Chinese stays.
            if (context.ProblemDetails.Title is not { } title || title.All(char.IsAscii))
            {
                var status = context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode;
                context.ProblemDetails.Title = Title(status) ?? context.ProblemDetails.Title;
            }
        });

        // Binding failures throw in every environment, so that one handler turns them into the same problem.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddExceptionHandler<BadRequestProblems>();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolver =
            (o.SerializerOptions.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(NullLists.Modify));
        return services;
    }

    /// <summary>For <c>/api</c>: exceptions and empty error answers become problem details.</summary>
    public static IApplicationBuilder UseYaojianApiProblems(this IApplicationBuilder app) =>
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal),
            api => api.UseExceptionHandler().UseStatusCodePages());

    private static string? Title(int status) => status switch
    {
        StatusCodes.Status400BadRequest => UiText.Problem_BadRequest,
        StatusCodes.Status401Unauthorized => UiText.Problem_Unauthorized,
        StatusCodes.Status403Forbidden => UiText.Problem_Forbidden,
        StatusCodes.Status404NotFound => UiText.Problem_NotFound,
        StatusCodes.Status405MethodNotAllowed => UiText.Problem_MethodNotAllowed,
        StatusCodes.Status409Conflict => UiText.Problem_Conflict,
        StatusCodes.Status413PayloadTooLarge => UiText.Problem_TooLarge,
        StatusCodes.Status415UnsupportedMediaType => UiText.Problem_UnsupportedMediaType,
        StatusCodes.Status422UnprocessableEntity => UiText.Problem_Unprocessable,
        StatusCodes.Status429TooManyRequests => UiText.Problem_TooManyRequests,
        >= 500 => UiText.Problem_ServerError,
        _ => null,
    };
}
