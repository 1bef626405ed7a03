namespace Yaojian.Core.Planning;

/// <summary>
/// One planned visit: the entity, the rules it satisfies (every rule whose period contains the window), the window
/// it must happen in, the lead unit and the drawn inspectors.
/// </summary>
public sealed record PlannedVisit(
    string EntityCode,
    IReadOnlyList<string> RuleIds,
    DateOnly WindowStart,
    DateOnly WindowEnd,
    string Unit,
    IReadOnlyList<string> Inspectors);
