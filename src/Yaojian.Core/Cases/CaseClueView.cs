namespace Yaojian.Core.Cases;

/// <summary>A clue registered as the case, or merged into it.</summary>
public sealed record CaseClueView(int Id, string Number, ClueSource Source, ClueStatus Status);
