namespace Yaojian.Core.Cases;

/// <summary>A person of a case as shown: the name and ID number masked for whoever lacks the right to see them.</summary>
public sealed record CasePersonView(int No, string Name, CasePersonRole Role, string? IdNumber);
