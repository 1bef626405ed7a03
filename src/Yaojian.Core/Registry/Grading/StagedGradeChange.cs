namespace Yaojian.Core.Registry.Grading;

/// <summary>A grade changed in a context not yet saved: whose, and from which day its visits are to be re-planned.</summary>
public sealed record StagedGradeChange(int EntityId, DateOnly Day);
