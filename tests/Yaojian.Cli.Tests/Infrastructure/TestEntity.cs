namespace Yaojian.Cli.Tests.Infrastructure;

/// <summary>One row of an entity file (docs/formats/entities.md), the ten required columns as text.</summary>
public sealed record TestEntity(
    string Code,
    string Name,
    string Kind,
    string Unit,
    string Area,
    string Grade = "",
    string Tier = "",
    string Status = "active",
    string Tags = "");
