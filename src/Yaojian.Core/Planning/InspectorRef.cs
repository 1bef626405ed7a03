namespace Yaojian.Core.Planning;

/// <summary>An inspector by id, code and name.</summary>
public sealed record InspectorRef(int Id, string Code, string Name);
