namespace Yaojian.Core.Inspections;

/// <summary>A finding of an earlier, finished inspection of the same entity.</summary>
public sealed record EarlierFinding(int Id, string? ItemId, string Description, DateTimeOffset FoundOn);
