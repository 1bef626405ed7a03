namespace Yaojian.Web.Components.Layout;

/// <summary>One item of the one-level menu (journeys.md); an area not built yet says so rather than vanishing.</summary>
public sealed record MenuItem(string Href, string Text, bool Ready, Yaojian.Core.Security.Permission? Requires = null);
