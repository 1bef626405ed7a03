namespace Yaojian.Core.Cases;

/// <summary>
/// A published penalty decision as the public page shows it (HG-6(3), KZ-D-4.5): the decision's number and date, the
/// party (a person's name masked to the family name), the cause, the facts and basis, each penalty on whom (persons
/// masked likewise, no ID number ever), the bureau's unit, and the typical-case write-up when it is one.
/// </summary>
public sealed record PublicPenalty(
    int Id,
    string DecisionNumber,
    DateOnly DecidedOn,
    string PartyName,
    string Cause,
    string? Facts,
    string UnitName,
    IReadOnlyList<PublicPenaltyItem> Penalties,
    bool Typical,
    string? TypicalWriteUp,
    DateTimeOffset PublishedAt);
