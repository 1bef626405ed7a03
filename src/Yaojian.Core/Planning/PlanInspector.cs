namespace Yaojian.Core.Planning;

/// <summary>A law-enforcement officer who can be drawn (执法人员), the unit they belong to, and the entities they
/// must not inspect (declared conflicts of interest, by entity code).</summary>
public sealed record PlanInspector(string Code, string Name, string Unit, IReadOnlySet<string> Conflicts);
