using Yaojian.Core.Registry.Interchange;

namespace Yaojian.Core.Planning.Interchange;

/// <summary>
/// A history file read but not yet checked against the registry (<see cref="HistoryFile.Parse"/>): so that it can be
/// read while the entity file is, and checked once the entity codes are known.
/// </summary>
public sealed class HistoryRows
{
    internal HistoryRows(string file, List<ImportError> missingColumns, List<HistoryRow> rows, ImportErrors errors)
    {
        File = file;
        MissingColumns = missingColumns;
        Rows = rows;
        Errors = errors;
    }

    public string File { get; }

    internal List<ImportError> MissingColumns { get; }

    internal List<HistoryRow> Rows { get; }

    /// <summary>The errors of reading the sheet, to which <see cref="HistoryFile.Check"/> adds its own.</summary>
    internal ImportErrors Errors { get; }
}
