using DocumentFormat.OpenXml.Wordprocessing;

namespace Yaojian.Core.Inspections.Documents;

/// <summary>A bordered table in 仿宋_GB2312 四号, the first row a repeated, bold, centred header when asked.</summary>
internal static class DocxTable
{
    public static Table Of(IReadOnlyList<int> widths, IEnumerable<IReadOnlyList<string>> rows, bool header)
    {
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = DocxText.Size(widths.Sum()), Type = TableWidthUnitValues.Dxa },
                new TableJustification { Val = TableRowAlignmentValues.Center },
                Borders(),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 100, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 100, Type = TableWidthValues.Dxa })),
            new TableGrid(widths.Select(w => new GridColumn { Width = DocxText.Size(w) })));
        var first = true;
        foreach (var row in rows)
        {
            var isHeader = header && first;
            var properties = new TableRowProperties(new CantSplit());
            if (isHeader)
            {
                properties.Append(new TableHeader());
            }

            table.Append(new TableRow([properties, .. row.Select((text, i) => Cell(text, widths[i], isHeader))]));
            first = false;
        }

        return table;
    }

    private static TableCell Cell(string text, int width, bool header)
    {
        var lines = text.Split('\n');
        var justification = header ? JustificationValues.Center : JustificationValues.Left;
        return new TableCell([
            new TableCellProperties(
                new TableCellWidth { Width = DocxText.Size(width), Type = TableWidthUnitValues.Dxa },
                new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }),
            .. lines.Select(line => DocxText.Paragraph(justification, DocxText.Run(line, DocxStyle.FangSong, DocxStyle.Small, bold: header))),
        ]);
    }

    private static TableBorders Borders() =>
        new(
            new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
            new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
            new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
            new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" });
}
