namespace Yaojian.Core.Registry;

public sealed record UnitOption(string Code, string Name, OrgUnitKind Kind, string Territory);
