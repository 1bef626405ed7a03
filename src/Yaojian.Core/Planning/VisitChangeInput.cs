namespace Yaojian.Core.Planning;

/// <summary>A visit's new window and inspectors, and why (required: the change is audited).</summary>
public sealed record VisitChangeInput(DateOnly WindowStart, DateOnly WindowEnd, IReadOnlyList<int> InspectorIds, string Reason);
