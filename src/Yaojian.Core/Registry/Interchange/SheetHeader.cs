using System.Globalization;
using Yaojian.Core.Common;
using Yaojian.Core.Resources;

namespace Yaojian.Core.Registry.Interchange;

/// <summary>What a sheet's header row says about its columns, and whether a CSV row has the header's shape.</summary>
internal static class SheetHeader
{
    /// <summary>
    /// Each header name to its column position, or null when a name heads two columns (after trimming, case and
    /// full-width folding): which of them holds the value cannot be known, so the file is refused on row 1.
    /// </summary>
    public static Dictionary<string, int>? Named(string[] header, string file, ImportErrors errors)
    {
        var columns = new Dictionary<string, int>(header.Length, StringComparer.Ordinal);
        var repeated = false;
        for (var i = 0; i < header.Length; i++)
        {
            if (header[i].Length == 0)
            {
                continue;
            }

            if (!columns.TryAdd(header[i], i))
            {
                errors.Add(new ImportError(file, 1, header[i], EnumText.Format(Text.Error_RepeatedHeader, header[i], columns[header[i]] + 1, i + 1)));
                repeated = true;
            }
        }

        return repeated ? null : columns;
    }

    /// <summary>
    /// Why a CSV row cannot be read as the header says, or null: its quotes do not pair (a quote left open swallows the
    /// rows after it), it has fewer fields than the header names (a file cut in the middle of its last row), or values
    /// beyond the header's columns (an unquoted comma inside a value shifts every value after it).
    /// </summary>
    public static ImportError? CheckShape(string file, int row, string[] header, string[] cells, bool malformed, int width)
    {
        if (malformed)
        {
            var index = Array.FindIndex(cells, c => c.Contains('"', StringComparison.Ordinal));
            return new ImportError(file, row, ColumnName(header, index < 0 ? cells.Length - 1 : index), Text.Error_CsvQuotes);
        }

        if (cells.Length < width)
        {
            return new ImportError(file, row, ColumnName(header, cells.Length), EnumText.Format(Text.Error_CsvShortRow, cells.Length, width));
        }

        for (var i = header.Length; i < cells.Length && width > 0; i++)
        {
            if (!string.IsNullOrWhiteSpace(cells[i]))
            {
                return new ImportError(file, row, ColumnName(header, i), EnumText.Format(Text.Error_CsvLongRow, cells.Length, header.Length));
            }
        }

        return null;
    }

    /// <summary>The header name of a column, or its position (第N列) when its header is empty or it has none.</summary>
    public static string ColumnName(string[] header, int index) =>
        index >= 0 && index < header.Length && header[index].Length > 0
            ? header[index]
            : EnumText.Format(Text.Error_ColumnNumber, (index + 1).ToString(CultureInfo.InvariantCulture));
}
