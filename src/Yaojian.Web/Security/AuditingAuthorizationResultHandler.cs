using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Yaojian.Core.Audit;

namespace Yaojian.Web.Security;

/// <summary>Every refused request (not signed in, or signed in without the right) goes into the audit trail.</summary>
internal sealed class AuditingAuthorizationResultHandler(IServiceScopeFactory scopes) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden || authorizeResult.Challenged)
        {
            await using var scope = scopes.CreateAsyncScope();
            var record = scope.ServiceProvider.GetRequiredService<RecordSecurityEvent>();
            await record.RunAsync(
                Callers.From(context.User),
                AuditActions.Forbidden,
                "request",
                $"{context.Request.Method} {context.Request.Path}",
                authorizeResult.Forbidden ? "forbidden" : "not signed in",
                context.RequestAborted);
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
