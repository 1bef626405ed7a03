namespace Yaojian.Web.Components.Shared;

/// <summary>An option of a picker: the identifier submitted and the Chinese text shown.</summary>
public sealed record Choice(string Value, string Text);
