namespace Yaojian.Core.Cases;

/// <summary>A triage step: verify, extend (to <paramref name="NewDueOn"/>), handle otherwise (by <paramref name="DispositionId"/>), drop or merge, and why.</summary>
/// <param name="On">The day the step took effect; today when null. Not in the future, not before the clue's receipt or its previous step.</param>
/// <param name="ApprovedBy">The responsible person who approved a drop (不予立案, 第十八条: 经负责人批准): required to drop.</param>
public sealed record TriageClueInput(ClueAction Action, string? Reason = null, DateOnly? NewDueOn = null, int? DispositionId = null, DateOnly? On = null, string? ApprovedBy = null);
