using System.Security.Claims;
using Yaojian.Core.Registry;
using Yaojian.Web.Security;

namespace Yaojian.Web.Api;

/// <summary>The product catalogue (<c>/api/products</c>): control class and the date first controlled.</summary>
public static class ProductsApi
{
    public static IEndpointRouteBuilder MapProductsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/products").WithTags("Registry").RequireAuthorization(Policies.ViewRegistry)
            .MapGet("/", async (ClaimsPrincipal user, ListProducts handler, CancellationToken cancellationToken) =>
                TypedResults.Ok((await handler.RunAsync(Callers.From(user), cancellationToken)).Select(ProductDto.From).ToList()))
            .WithName("ListProducts").WithSummary("The product catalogue with control classes");
        return app;
    }
}
