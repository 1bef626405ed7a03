namespace Yaojian.Core.Cases;

/// <summary>A person to add to a case.</summary>
public sealed record PersonInput(string? Name, CasePersonRole Role, string? IdNumber = null);
