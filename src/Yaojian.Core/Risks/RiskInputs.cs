using Yaojian.Core.Registry;

namespace Yaojian.Core.Risks;

/// <summary>A risk to raise: what it is, where it came from, what it concerns, who leads it.</summary>
/// <param name="UnitId">The lead unit; the clue's unit, else the caller's, when null.</param>
/// <param name="RaisedOn">Today when null.</param>
public sealed record RaiseRiskInput(
    string Title,
    RiskArea Area,
    RiskClass Class,
    RiskSource Source,
    string? Description = null,
    string? Level = null,
    string? SourceRef = null,
    int? ClueId = null,
    int? CaseId = null,
    string? CaseNumber = null,
    IReadOnlyList<int>? EntityIds = null,
    int? ProductId = null,
    string? ProductName = null,
    AreaClass? AreaClass = null,
    string? Place = null,
    int? UnitId = null,
    DateOnly? RaisedOn = null);

/// <summary>A step of the loop fired outside a meeting (研判、提交会商、转入跟踪问效、销号、排除…), and why.</summary>
public sealed record StepRiskInput(RiskTrigger Trigger, string? Reason);

/// <summary>A measure: what, whose (unit and person), by when.</summary>
public sealed record MeasureInput(string Text, int OwnerUnitId, string? OwnerPerson, DateOnly? Deadline);

/// <summary>A measure reported done (with what was done) or cancelled (with why).</summary>
public sealed record FinishMeasureInput(MeasureStatus Status, string? Result);

/// <summary>Which risks the register shows; every criterion left empty lets all through.</summary>
public sealed record RiskFilter
{
    public RiskArea? Area { get; init; }

    public RiskClass? Class { get; init; }

    public RiskStage? Stage { get; init; }

    /// <summary>Open risks only (every stage but closed) when true.</summary>
    public bool OpenOnly { get; init; }

    /// <summary>Risks with at least one overdue measure.</summary>
    public bool OverdueMeasures { get; init; }

    public int? EntityId { get; init; }

    /// <summary>Risks the unit leads or owns a measure of.</summary>
    public int? UnitId { get; init; }
}

/// <summary>Which measures a list shows.</summary>
public sealed record MeasureFilter
{
    /// <summary>Open, overdue, done, cancelled; all when null.</summary>
    public MeasureStanding? Standing { get; init; }

    public int? OwnerUnitId { get; init; }

    public int? RiskId { get; init; }
}

/// <summary>A measure's standing in a list.</summary>
public enum MeasureStanding
{
    Open = 1,
    Overdue = 2,
    Done = 3,
    Cancelled = 4,
}
