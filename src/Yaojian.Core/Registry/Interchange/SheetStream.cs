namespace Yaojian.Core.Registry.Interchange;

/// <summary>
/// A sheet's file name, header and non-empty data rows, read one at a time as they are enumerated (once), and the
/// errors found reading it, to which the checks of its rows add theirs.
/// </summary>
public sealed record SheetStream(string File, IReadOnlyList<string> Header, IEnumerable<EntityRow> Rows, ImportErrors Errors);
