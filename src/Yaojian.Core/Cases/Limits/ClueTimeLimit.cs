namespace Yaojian.Core.Cases.Limits;

/// <summary>
/// One entry of the plan file's <c>clues:</c>: the time within which a clue from <see cref="Sources"/> (every source no
/// other entry names, when null) must be triaged, how long it may be extended, and the law it rests on.
/// </summary>
public sealed record ClueTimeLimit(
    string Id,
    string Name,
    IReadOnlyList<string> Requirements,
    IReadOnlySet<ClueSource>? Sources,
    LegalPeriod Within,
    LegalPeriod? Extend,
    string? Basis);
