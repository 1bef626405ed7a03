namespace Yaojian.IntegrationTests.Security;

/// <summary>What a matrix request targets: an entity (own or other unit), the unit to write into, a fresh code.</summary>
public sealed record MatrixCase(int EntityId, string UnitCode, string NewCode);
