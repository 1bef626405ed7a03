using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Yaojian.Core.Security;
using Yaojian.Web.Security;

namespace Yaojian.Web.Components.Shared;

/// <summary>A page that calls use cases: it knows its caller from the cascading authentication state.</summary>
public abstract class CallerComponent : ComponentBase
{
    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    protected async Task<Caller> CallerAsync() =>
        AuthenticationState is null ? Caller.Anonymous : Callers.From((await AuthenticationState).User);
}
