namespace Yaojian.Core.Registry.Interchange;

/// <summary>A sheet's header and its non-empty data rows, read one at a time as they are enumerated (once).</summary>
public sealed record SheetStream(IReadOnlyList<string> Header, IEnumerable<EntityRow> Rows);
