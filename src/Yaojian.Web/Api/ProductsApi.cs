using Yaojian.Core.Registry;

namespace Yaojian.Web.Api;

/// <summary>The product catalogue (<c>/api/products</c>): control class and the date first controlled.</summary>
public static class ProductsApi
{
    public static IEndpointRouteBuilder MapProductsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/products").WithTags("Registry")
            .MapGet("/", async (ListProducts handler, CancellationToken cancellationToken) =>
                TypedResults.Ok((await handler.RunAsync(cancellationToken)).Select(ProductDto.From).ToList()))
            .WithName("ListProducts").WithSummary("The product catalogue with control classes");
        return app;
    }
}
