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
/// borders, wrapped text, column widths and the page setup a bureau prints them with — A4 landscape, one page wide and
/// as many tall as the list needs, the header row repeated on every page, page numbers in the footer, and each row as
/// tall as its wrapped text (<see cref="PaperRows"/>).
/// </summary>
public static class MeetingPapersWorkbook
{
    /// <summary>The rows repeated at the top of every printed page: the column headers (the title is on the first).</summary>
    public const int HeaderRow = 3;

    /// <summary>
    /// The sheet's name on the left, the page in the centre. Pages are numbered on through the workbook (the three lists
    /// printed together are one set of papers, and LibreOffice counts &amp;N over the whole workbook); a sheet printed on
    /// its own is numbered by itself.
    /// </summary>
    public const string Footer = "&L&A&C第 &P 页，共 &N 页";

    /// <summary>A4 in the OpenXML paper sizes.</summary>
    public const uint A4 = 9;

    private const uint TitleStyle = 1;
    private const uint SubtitleStyle = 2;
    private const uint HeaderStyle = 3;
    private const uint BodyStyle = 4;
    private const uint CentredStyle = 5;

    /// <summary>五号 (10.5 pt) for the table, 三号 (16 pt) for the title, as official tables are printed.</summary>
    private const double BodySize = 10.5;
    private const double TitleSize = 16;

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
            var titles = new DefinedNames();
            uint sheetId = 1;
            foreach (var sheet in SheetsOf(meeting))
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = Sheet(meeting, sheet);
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = sheetId, Name = sheet.Name });
                var row = HeaderRow.ToString(CultureInfo.InvariantCulture);
                titles.Append(new DefinedName($"'{sheet.Name}'!${row}:${row}") { Name = "_xlnm.Print_Titles", LocalSheetId = sheetId - 1 });
                sheetId++;
            }

            workbook.Workbook.Append(titles);
        }

        return stream.ToArray();
    }

    private sealed record PaperColumn(string Header, double Width, bool Centred);

    private sealed record PaperSheet(string Name, IReadOnlyList<PaperColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);

    // Widths in digit widths (a CJK character takes two): each list fits landscape A4 at about 90% and the long texts
    // (名称, 措施, 结论, 负责事项) get the room; a number such as 风险〔2025〕第001号 stays on one line.
    private static IEnumerable<PaperSheet> SheetsOf(MeetingView meeting)
    {
        var p = meeting.Papers;
        yield return new PaperSheet(Ui.Risks_RiskList,
        [
            new(Ui.Risks_Col_Seq, 5, true), new(Ui.Risks_Col_Number, 21, true), new(Ui.Risks_Col_Title, 22, false), new(Ui.Risks_Col_Class, 9, true),
            new(Ui.Risks_Col_Level, 9, true), new(Ui.Risks_Col_Source, 9, true), new(Ui.Risks_Col_Concerns, 22, false), new(Ui.Risks_Col_LeadUnit, 16, false),
            new(Ui.Risks_Col_Decision, 9, true), new(Ui.Risks_Col_Conclusion, 24, false), new(Ui.Risks_Col_Stage, 9, true),
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
            new(Ui.Risks_Col_Seq, 5, true), new(Ui.Risks_Col_Number, 21, true), new(Ui.Risks_Col_Title, 22, false), new(Ui.Risks_Col_Measure, 40, false),
            new(Ui.Risks_Col_OwnerUnit, 20, false), new(Ui.Risks_Col_OwnerPerson, 10, true), new(Ui.Risks_Col_Deadline, 16, true), new(Ui.Risks_Col_Status, 9, true),
        ],
        [
            .. p.Measures.Select(m => (IReadOnlyList<object?>)
            [
                m.Seq, m.RiskNumber, m.RiskTitle, m.Text, m.OwnerUnit, m.OwnerPerson, ChineseDays.Of(m.Deadline), StatusText(m.Status, m.Overdue),
            ]),
        ]);
        yield return new PaperSheet(Ui.Risks_ResponsibilityList,
        [
            new(Ui.Risks_Col_Seq, 5, true), new(Ui.Risks_Col_OwnerUnit, 20, false), new(Ui.Risks_Col_OwnerPerson, 10, true), new(Ui.Risks_Col_Duties, 70, false),
            new(Ui.Risks_Col_Deadline, 16, true), new(Ui.Risks_Col_MeasureCount, 8, true), new(Ui.Risks_Col_OpenCount, 8, true),
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
        var tableWidth = sheet.Columns.Sum(c => c.Width);
        var data = new SheetData();
        var title = $"{meeting.Bureau}{meeting.Title}{sheet.Name}";
        var titleScale = TitleSize / BodySize;
        data.Append(Row(1, [title, .. Enumerable.Repeat<object?>(null, sheet.Columns.Count - 1)], TitleStyle,
            PaperRows.Height(PaperRows.Lines(title, tableWidth, titleScale), titleScale) + 6));
        var subtitle = EnumText.Format(Ui.Risks_PapersSubtitle, ChineseDays.Of(meeting.HeldOn), meeting.Year, MeetingTitles.QuarterText(meeting.Quarter), meeting.Chair);
        data.Append(Row(2, [subtitle, .. Enumerable.Repeat<object?>(null, sheet.Columns.Count - 1)], SubtitleStyle, PaperRows.Height(PaperRows.Lines(subtitle, tableWidth))));
        IReadOnlyList<object?> headers = [.. sheet.Columns.Select(c => (object?)c.Header)];
        data.Append(Row(HeaderRow, headers, HeaderStyle, HeightOf(sheet, headers)));
        var rowIndex = (uint)HeaderRow + 1;
        foreach (var values in sheet.Rows)
        {
            var row = new Row { RowIndex = rowIndex, Height = HeightOf(sheet, values), CustomHeight = true };
            for (var i = 0; i < values.Count; i++)
            {
                row.Append(Cell(i + 1, rowIndex, values[i], sheet.Columns[i].Centred ? CentredStyle : BodyStyle));
            }

            data.Append(row);
            rowIndex++;
        }

        return new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(new SheetView(new Pane { VerticalSplit = HeaderRow, TopLeftCell = $"A{HeaderRow + 1}", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 }),
            new Columns(sheet.Columns.Select((c, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = c.Width, CustomWidth = true })),
            data,
            new MergeCells(new MergeCell { Reference = $"A1:{last}1" }, new MergeCell { Reference = $"A2:{last}2" }),
            new PrintOptions { HorizontalCentered = true },
            new PageMargins { Left = 0.6, Right = 0.6, Top = 0.7, Bottom = 0.8, Header = 0.3, Footer = 0.4 },
            new PageSetup
            {
                PaperSize = A4,
                Orientation = OrientationValues.Landscape,
                FitToWidth = 1,
                FitToHeight = 0,
            },
            new HeaderFooter(new OddFooter(Footer)));
    }

    /// <summary>The height of a row: its tallest cell's lines, each cell wrapped in its own column.</summary>
    private static double HeightOf(PaperSheet sheet, IReadOnlyList<object?> values) =>
        PaperRows.Height(values.Select((v, i) => PaperRows.Lines(v as string, sheet.Columns[i].Width)).DefaultIfEmpty(1).Max());

    private static Row Row(uint index, IReadOnlyList<object?> values, uint style, double height)
    {
        var row = new Row { RowIndex = index, Height = height, CustomHeight = true };
        for (var i = 0; i < values.Count; i++)
        {
            row.Append(Cell(i + 1, index, values[i], style));
        }

        return row;
    }

    private static Row Row(int index, IReadOnlyList<object?> values, uint style, double height) => Row((uint)index, values, style, height);

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
            new Fonts(Font(BodySize, false), Font(TitleSize, true), Font(BodySize, true)),
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
