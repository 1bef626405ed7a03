namespace Yaojian.Cli.Tests.Infrastructure;

/// <summary>One row of an inspectors file: <c>code,name,unit,conflicts</c>.</summary>
public sealed record TestInspector(string Code, string Name, string Unit, IReadOnlyList<string> Conflicts);
