namespace Yaojian.Core.Cases;

/// <summary>A case to register (立案) from a clue: its cause (案由), its party when not the clue's entity, and why.</summary>
/// <param name="ApprovedBy">The responsible person who approved the registration (《市场监督管理行政处罚程序规定》第十八条): required.</param>
/// <param name="On">The day the case was registered, which its decision's time limit counts from; today when null. Not
/// in the future, not before the clue was received or its previous step.</param>
public sealed record RegisterCaseInput(
    int ClueId, string? Cause, string? Reason = null, string? PartyName = null, bool PartyIsPerson = false, string? ApprovedBy = null, DateOnly? On = null);
