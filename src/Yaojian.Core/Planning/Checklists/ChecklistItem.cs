namespace Yaojian.Core.Planning.Checklists;

/// <summary>
/// One question of a checklist: what the inspector verifies (<see cref="Text"/>, in Chinese), the requirement IDs
/// it comes from, the severity a finding on it usually has (a hint; the inspector decides) and the heading it is
/// shown under.
/// </summary>
public sealed record ChecklistItem(
    string Id,
    string Text,
    IReadOnlyList<string> Requirements,
    ChecklistSeverity? SeverityHint,
    string? Group);
