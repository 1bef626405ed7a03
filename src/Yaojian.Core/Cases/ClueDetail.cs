namespace Yaojian.Core.Cases;

/// <summary>
/// One clue with what its page needs: its group (the first clue and every repeat, in order), its triage step by step,
/// what may happen next, the time limit it is held to and its legal basis, the day an extension would run to, and — for
/// a clue about a nonconforming sample while the plan file makes filing compulsory — why it may only become a case.
/// </summary>
public sealed record ClueDetail(
    ClueView Clue,
    IReadOnlyList<ClueView> Group,
    IReadOnlyList<ClueEventView> Events,
    IReadOnlyList<ClueAction> PermittedActions,
    string? LimitName,
    string? LimitBasis,
    DateOnly? ExtensionDueOn,
    string? FilingRequired);
