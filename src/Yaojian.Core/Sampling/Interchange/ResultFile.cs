using System.Globalization;
using Yaojian.Core.Common;
using Yaojian.Core.Registry.Interchange;
using Yaojian.Core.Resources;

namespace Yaojian.Core.Sampling.Interchange;

/// <summary>
/// Reads the rows of a laboratory's result sheet, pure: the header (English names or the laboratory's Chinese ones),
/// every row's sample number, conclusion and date, numbers repeated in the file. What needs the stored samples is
/// checked by <see cref="ImportResults"/>.
/// </summary>
public static class ResultFile
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy/MM/dd", "yyyy.M.d", "yyyy年M月d日"];

    /// <summary>The rows that read well; every error goes to the sheet's errors.</summary>
    public static IReadOnlyList<ParsedResult> Read(SheetStream sheet)
    {
        var (file, errors) = (sheet.File, sheet.Errors);
        var columns = ResultColumns.Headed(sheet.Header);
        errors.AddRange(ResultColumns.Required.Where(c => !columns.ContainsKey(c))
            .Select(c => new ImportError(file, 1, c, EnumText.Format(Text.Sampling_MissingColumn, c, ResultColumns.Aliases[c][0]))));

        // Two headers for one column (样品编号 and 抽样单编号): which holds the number cannot be known.
        foreach (var header in sheet.Header.Where(h => ResultColumns.Of(h) is { } c && columns[c] != h))
        {
            errors.Add(new ImportError(file, 1, header, EnumText.Format(Text.Sampling_RepeatedColumn, header, columns[ResultColumns.Of(header)!])));
        }

        if (errors.Total > 0)
        {
            return [];
        }

        string Cell(EntityRow row, string column) => columns.TryGetValue(column, out var header) ? row[header].Trim() : string.Empty;
        var rows = new List<ParsedResult>();
        var firstRow = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in sheet.Rows)
        {
            var before = errors.Total;
            void Fail(string column, string reason) => errors.Add(new ImportError(file, row.RowNumber, column, reason));

            var number = SampleRules.NormaliseNumber(Cell(row, ResultColumns.SampleNumber));
            if (number.Length == 0)
            {
                Fail(ResultColumns.SampleNumber, EnumText.Format(Text.Sampling_Required, Text.Sampling_Field_Number));
            }
            else if (!firstRow.TryAdd(number, row.RowNumber))
            {
                Fail(ResultColumns.SampleNumber, EnumText.Format(Text.Sampling_DuplicateSample, number, firstRow[number]));
            }

            var conclusionText = Cell(row, ResultColumns.Conclusion);
            var conclusion = ParseConclusion(conclusionText);
            if (conclusionText.Length == 0)
            {
                Fail(ResultColumns.Conclusion, EnumText.Format(Text.Sampling_Required, Text.Sampling_Field_Conclusion));
            }
            else if (conclusion is null)
            {
                Fail(ResultColumns.Conclusion, EnumText.Format(Text.Sampling_UnknownConclusion, conclusionText));
            }

            var dateText = Cell(row, ResultColumns.ReportedOn);
            DateOnly? reportedOn = null;
            if (dateText.Length > 0)
            {
                if (DateOnly.TryParseExact(dateText, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    reportedOn = date;
                }
                else
                {
                    Fail(ResultColumns.ReportedOn, EnumText.Format(Text.Sampling_BadDate, dateText));
                }
            }

            if (errors.Total == before)
            {
                rows.Add(new ParsedResult(row.RowNumber, number, new ResultInput
                {
                    Conclusion = conclusion,
                    ReportNumber = Cell(row, ResultColumns.ReportNumber),
                    ReportedOn = reportedOn,
                    FailingItems = [Cell(row, ResultColumns.FailingItems)],
                    Laboratory = Cell(row, ResultColumns.Laboratory),
                }, NullIfEmpty(Cell(row, ResultColumns.ProductName)), NullIfEmpty(Cell(row, ResultColumns.Batch))));
            }
        }

        if (errors.Total == 0 && rows.Count == 0)
        {
            errors.Add(new ImportError(file, 0, string.Empty, Text.Error_EmptyFile));
        }

        return rows;
    }

    public static SampleConclusion? ParseConclusion(string text) => text.Trim().ToLowerInvariant() switch
    {
        "合格" or "符合规定" or "conforming" => SampleConclusion.Conforming,
        "不合格" or "不符合规定" or "nonconforming" => SampleConclusion.Nonconforming,
        _ => null,
    };

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
