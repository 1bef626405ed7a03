namespace Yaojian.Web.Hosting;

/// <summary>
/// The OpenAPI document (<c>/openapi/v1.json</c>): open in Development, for signed-in users (cookie or bearer token)
/// elsewhere; an anonymous request there answers 401 with a problem (a body, so the pages' status page leaves it).
/// </summary>
public static class OpenApiAccess
{
    public static WebApplication MapYaojianOpenApi(this WebApplication app)
    {
        var document = app.MapOpenApi();
        if (!app.Environment.IsDevelopment())
        {
            document.AddEndpointFilter((context, next) => context.HttpContext.User.Identity?.IsAuthenticated == true
                ? next(context)
                : ValueTask.FromResult<object?>(TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized)));
        }

        return app;
    }
}
