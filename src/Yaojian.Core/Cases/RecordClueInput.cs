namespace Yaojian.Core.Cases;

/// <summary>
/// A clue recorded by hand (a complaint or report, public-opinion or online monitoring, a referral, a clue pushed from
/// above…) or from a finding of a finished inspection (<paramref name="FindingId"/>: the entity, the unit and the
/// summary follow from it).
/// </summary>
/// <param name="SourceRef">The source's own reference: the 12315 ticket, the referral's letter number.</param>
/// <param name="ReceivedOn">The day it was found or received; today when null.</param>
/// <param name="UnitCode">The handling unit when the clue is about no entity (a unit-confined caller's own otherwise).</param>
public sealed record RecordClueInput(
    ClueSource Source,
    string? Summary,
    int? EntityId = null,
    int? FindingId = null,
    ClueChannel? Channel = null,
    string? SourceRef = null,
    int? ProductId = null,
    string? ProductName = null,
    DateOnly? ReceivedOn = null,
    string? ReporterName = null,
    string? ReporterPhone = null,
    string? UnitCode = null);
