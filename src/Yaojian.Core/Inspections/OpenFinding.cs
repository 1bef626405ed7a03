using Yaojian.Core.Inspections.Dispositions;

namespace Yaojian.Core.Inspections;

/// <summary>An earlier finding at the entity whose disposition is still open: what the inspector checks again today.</summary>
public sealed record OpenFinding(
    int FindingId,
    string RecordNumber,
    FindingSeverity Severity,
    string Description,
    int DispositionId,
    DispositionKind Kind,
    DispositionState State,
    DateOnly? Deadline);
