namespace Yaojian.Core.Inspections;

/// <summary>An inspector on a record.</summary>
public sealed record InspectorOnRecord(int Id, string Code, string Name);
