namespace Yaojian.Core.Cases;

/// <summary>A triage step: verify, extend (to <paramref name="NewDueOn"/>), handle otherwise (by <paramref name="DispositionId"/>), drop or merge, and why.</summary>
public sealed record TriageClueInput(ClueAction Action, string? Reason = null, DateOnly? NewDueOn = null, int? DispositionId = null);
