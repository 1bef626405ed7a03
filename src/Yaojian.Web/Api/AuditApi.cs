using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Yaojian.Core.Audit;
using Yaojian.Web.Security;

namespace Yaojian.Web.Api;

/// <summary>The audit trail: one entity's change history, and a check of the whole hash chain.</summary>
public static class AuditApi
{
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/entities/{id:int}/history", HistoryAsync).WithTags("Audit").WithName("GetEntityHistory")
            .WithSummary("Who changed this entity, when, and the values before and after").RequireAuthorization(Policies.ViewAudit);
        app.MapGet("/api/audit/verify", VerifyAsync).WithTags("Audit").WithName("VerifyAuditChain")
            .WithSummary("Recompute the audit hash chain and name the first altered, removed or added record").RequireAuthorization(Policies.ViewAudit);
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<AuditEntry>>, NotFound>> HistoryAsync(
        int id, ClaimsPrincipal user, GetEntityHistory handler, CancellationToken cancellationToken) =>
        await handler.RunAsync(Callers.From(user), id, cancellationToken) is { } history ? TypedResults.Ok(history) : TypedResults.NotFound();

    private static async Task<Ok<AuditVerification>> VerifyAsync(ClaimsPrincipal user, VerifyAuditChain handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.RunAsync(Callers.From(user), cancellationToken));
}
