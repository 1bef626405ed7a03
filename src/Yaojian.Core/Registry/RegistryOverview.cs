namespace Yaojian.Core.Registry;

/// <summary>The registry at a glance for the workbench: totals, status and grade counts, entities per kind.</summary>
public sealed record RegistryOverview(
    int Total,
    int Active,
    int LostOrZombie,
    int GradeCOrD,
    IReadOnlyList<(EntityKind Kind, int Count)> ByKind);
