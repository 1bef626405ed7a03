using Yaojian.Core.Registry;

namespace Yaojian.Core.Planning;

/// <summary>One drawn target on the public list.</summary>
public sealed record PublicPlanRow(string EntityName, EntityKind Kind, string UnitName, DateOnly WindowStart, DateOnly WindowEnd, IReadOnlyList<string> Requirements);
