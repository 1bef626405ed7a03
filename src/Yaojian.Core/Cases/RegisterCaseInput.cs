namespace Yaojian.Core.Cases;

/// <summary>A case to register (立案) from a clue: its cause (案由), its party when not the clue's entity, and why.</summary>
public sealed record RegisterCaseInput(int ClueId, string? Cause, string? Reason = null, string? PartyName = null, bool PartyIsPerson = false);
