using Yaojian.Core.Security;

namespace Yaojian.Web.Security;

internal sealed class HttpCallerAccessor(IHttpContextAccessor http) : ICallerAccessor
{
    /// <summary>Outside a request (start-up seeding) the work is the system's own.</summary>
    public Caller Current => http.HttpContext is { } context ? Callers.From(context.User) : Caller.System("system:startup");
}
