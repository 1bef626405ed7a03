namespace Yaojian.Core.Cases;

/// <summary>A clue to open: its source and what it refers to, whom and what it is about, and who handles it.</summary>
/// <param name="UnitId">The handling unit; the entity's unit when null.</param>
/// <param name="DueOn">The triage deadline; from the plan file's time limits for the source when null.</param>
public sealed record OpenClueInput(
    ClueSource Source,
    string? SourceRef,
    int? EntityId,
    int? ProductId,
    string? ProductName,
    string Summary,
    DateOnly ReceivedOn,
    int? UnitId = null,
    DateOnly? DueOn = null);
