namespace Yaojian.Core.Planning;

/// <summary>A stored visit read back as the engine's record, with its ids and its inspectors' names.</summary>
internal sealed record StoredVisit(int Id, int UnitId, int EntityId, PlannedVisit Visit, IReadOnlyList<(int Id, string Code, string Name)> Inspectors, VisitStatus Status);
