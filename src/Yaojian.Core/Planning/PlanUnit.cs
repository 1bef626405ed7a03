using Yaojian.Core.Registry;

namespace Yaojian.Core.Planning;

/// <summary>A unit of the bureau as the plan file names it, with its territory (乡镇、街道).</summary>
public sealed record PlanUnit(string Code, string Name, OrgUnitKind Kind, IReadOnlyList<string> Territory);
