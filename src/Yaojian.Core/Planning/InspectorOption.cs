namespace Yaojian.Core.Planning;

/// <summary>An inspector offered for a visit, and the entities (ids) they declared a conflict with.</summary>
public sealed record InspectorOption(int Id, string Code, string Name, IReadOnlyList<int> ConflictEntityIds);
