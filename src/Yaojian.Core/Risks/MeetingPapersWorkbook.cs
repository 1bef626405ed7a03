using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Yaojian.Core.Common;
using Ui = Yaojian.Core.Resources.Text;

namespace Yaojian.Core.Risks;

/// <summary>
/// The meeting's papers as one workbook of three sheets — 风险清单, 措施清单, 责任清单 — each under a title row naming the
/// bureau and the meeting and a row with its date and quarter, then Chinese headers. Written with DocumentFormat.OpenXml
/// (already used for the .docx documents) because papers need what MiniExcel does not write: merged, bold title rows,
/// borders, wrapped text and column widths.
/// </summary>
public static class MeetingPapersWorkbook
{
    private const uint TitleStyle = 1;
    private const uint SubtitleStyle = 2;
    private const uint HeaderStyle = 3;
    private const uint BodyStyle = 4;
    private const uint CentredStyle = 5;

    public static string FileName(MeetingView meeting) => $"{meeting.Title}材料（{ChineseDays.Of(meeting.HeldOn)}）.xlsx";

    public static byte[] Write(MeetingView meeting)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            uint sheetId = 1;
            foreach (var sheet in SheetsOf(meeting))
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = Sheet(meeting, sheet);
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = sheetId++, Name = sheet.Name });
            }
        }

        return stream.ToArray();
    }

    private sealed record PaperSheet(string Name, IReadOnlyList<(string Header, double Width, bool Centred)> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);

    private static IEnumerable<PaperSheet> SheetsOf(MeetingView meeting)
    {
        var p = meeting.Papers;
        yield return new PaperSheet(Ui.Risks_RiskList,
        [
            (Ui.Risks_Col_Seq, 6, true), (Ui.Risks_Col_Number, 20, true), (Ui.Risks_Col_Title, 30, false), (Ui.Risks_Col_Class, 10, true),
            (Ui.Risks_Col_Level, 10, true), (Ui.Risks_Col_Source, 10, true), (Ui.Risks_Col_Concerns, 30, false), (Ui.Risks_Col_LeadUnit, 22, false),
            (Ui.Risks_Col_Decision, 12, true), (Ui.Risks_Col_Conclusion, 40, false), (Ui.Risks_Col_Stage, 12, true),
        ],
        [
            .. p.Risks.Select(r => (IReadOnlyList<object?>)
            [
                r.Seq, r.Number, r.Title, EnumText.Of(r.Class), r.LevelName, EnumText.Of(r.Source), r.Concerns, r.LeadUnit,
                EnumText.Of(r.Decision), r.Conclusion, EnumText.Of(r.StageNow),
            ]),
        ]);
        yield return new PaperSheet(Ui.Risks_MeasureList,
        [
            (Ui.Risks_Col_Seq, 6, true), (Ui.Risks_Col_Number, 20, true), (Ui.Risks_Col_Title, 26, false), (Ui.Risks_Col_Measure, 44, false),
            (Ui.Risks_Col_OwnerUnit, 22, false), (Ui.Risks_Col_OwnerPerson, 12, true), (Ui.Risks_Col_Deadline, 16, true), (Ui.Risks_Col_Status, 10, true),
        ],
        [
            .. p.Measures.Select(m => (IReadOnlyList<object?>)
            [
                m.Seq, m.RiskNumber, m.RiskTitle, m.Text, m.OwnerUnit, m.OwnerPerson, ChineseDays.Of(m.Deadline), StatusText(m.Status, m.Overdue),
            ]),
        ]);
        yield return new PaperSheet(Ui.Risks_ResponsibilityList,
        [
            (Ui.Risks_Col_Seq, 6, true), (Ui.Risks_Col_OwnerUnit, 22, false), (Ui.Risks_Col_OwnerPerson, 12, true), (Ui.Risks_Col_Duties, 60, false),
            (Ui.Risks_Col_Deadline, 16, true), (Ui.Risks_Col_MeasureCount, 10, true), (Ui.Risks_Col_OpenCount, 10, true),
        ],
        [
            .. p.Responsibilities.Select(r => (IReadOnlyList<object?>)
            [
                r.Seq, r.OwnerUnit, r.OwnerPerson,
                string.Join('\n', r.Items.Select((item, i) => EnumText.Format(Ui.Risks_DutyLine, i + 1, item.RiskNumber, item.Text, ChineseDays.Of(item.Deadline)))),
                ChineseDays.Of(r.Deadline), r.Items.Count, r.Open,
            ]),
        ]);
    }

    private static string StatusText(MeasureStatus status, bool overdue) => overdue ? Ui.Risks_Overdue : EnumText.Of(status);

    private static Worksheet Sheet(MeetingView meeting, PaperSheet sheet)
    {
        var last = ColumnName(sheet.Columns.Count);
        var data = new SheetData();
        data.Append(Row(1, [(object?)$"{meeting.Bureau}{meeting.Title}{sheet.Name}", .. Enumerable.Repeat<object?>(null, sheet.Columns.Count - 1)], TitleStyle, 30));
        var subtitle = EnumText.Format(Ui.Risks_PapersSubtitle, ChineseDays.Of(meeting.HeldOn), meeting.Year, MeetingTitles.QuarterText(meeting.Quarter), meeting.Chair);
        data.Append(Row(2, [(object?)subtitle, .. Enumerable.Repeat<object?>(null, sheet.Columns.Count - 1)], SubtitleStyle, 20));
        data.Append(Row(3, [.. sheet.Columns.Select(c => (object?)c.Header)], HeaderStyle, 22));
        var rowIndex = 4u;
        foreach (var values in sheet.Rows)
        {
            var row = new Row { RowIndex = rowIndex };
            for (var i = 0; i < values.Count; i++)
            {
                row.Append(Cell(i + 1, rowIndex, values[i], sheet.Columns[i].Centred ? CentredStyle : BodyStyle));
            }

            data.Append(row);
            rowIndex++;
        }

        var worksheet = new Worksheet(
            new SheetViews(new SheetView(new Pane { VerticalSplit = 3, TopLeftCell = "A4", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 }),
            new Columns(sheet.Columns.Select((c, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = c.Width, CustomWidth = true })),
            data,
            new MergeCells(new MergeCell { Reference = $"A1:{last}1" }, new MergeCell { Reference = $"A2:{last}2" }),
            new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup { Orientation = OrientationValues.Landscape, PaperSize = 9 });
        return worksheet;
    }

    private static Row Row(uint index, IReadOnlyList<object?> values, uint style, double height)
    {
        var row = new Row { RowIndex = index, Height = height, CustomHeight = true };
        for (var i = 0; i < values.Count; i++)
        {
            row.Append(Cell(i + 1, index, values[i], style));
        }

        return row;
    }

    private static Cell Cell(int column, uint row, object? value, uint style)
    {
        var cell = new Cell { CellReference = $"{ColumnName(column)}{row.ToString(CultureInfo.InvariantCulture)}", StyleIndex = style };
        switch (value)
        {
            case int number:
                cell.DataType = CellValues.Number;
                cell.CellValue = new CellValue(number);
                break;
            case string text when text.Length > 0:
                cell.DataType = CellValues.InlineString;
                cell.InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
                break;
            default:
                break;
        }

        return cell;
    }

    private static string ColumnName(int column)
    {
        var name = string.Empty;
        for (; column > 0; column = (column - 1) / 26)
        {
            name = (char)('A' + ((column - 1) % 26)) + name;
        }

        return name;
    }

    private static Stylesheet Styles()
    {
        static Font Font(double size, bool bold) =>
            bold ? new Font(new Bold(), new FontSize { Val = size }, new FontName { Val = "宋体" }) : new Font(new FontSize { Val = size }, new FontName { Val = "宋体" });
        var thin = new Border(
            new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder());
        CellFormat Format(uint font, uint fill, uint border, HorizontalAlignmentValues horizontal) =>
            new(new Alignment { Horizontal = horizontal, Vertical = VerticalAlignmentValues.Center, WrapText = true })
            {
                FontId = font,
                FillId = fill,
                BorderId = border,
                ApplyFont = true,
                ApplyFill = fill > 0,
                ApplyBorder = border > 0,
                ApplyAlignment = true,
            };
        return new Stylesheet(
            new Fonts(Font(11, false), Font(16, true), Font(11, true)),
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9E1F2" }) { PatternType = PatternValues.Solid })),
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), thin),
            new CellFormats(
                new CellFormat(),
                Format(1, 0, 0, HorizontalAlignmentValues.Center),
                Format(0, 0, 0, HorizontalAlignmentValues.Left),
                Format(2, 2, 1, HorizontalAlignmentValues.Center),
                Format(0, 0, 1, HorizontalAlignmentValues.Left),
                Format(0, 0, 1, HorizontalAlignmentValues.Center)));
    }
}
