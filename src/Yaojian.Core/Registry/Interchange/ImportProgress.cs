namespace Yaojian.Core.Registry.Interchange;

/// <summary>How far an import has come: rows read and checked, then rows written.</summary>
public sealed record ImportProgress(ImportStage Stage, int Done, int Total);
