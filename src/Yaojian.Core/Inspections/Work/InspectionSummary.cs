namespace Yaojian.Core.Inspections.Work;

/// <summary>A record in a list: its number and version, whom it is about, where it stands.</summary>
public sealed record InspectionSummary(
    int Id,
    string Number,
    int Version,
    InspectionStatus Status,
    InspectionMode Mode,
    int EntityId,
    string EntityName,
    string UnitName,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    int Findings);
