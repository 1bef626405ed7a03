using DocumentFormat.OpenXml.Wordprocessing;

namespace Yaojian.Core.Inspections.Documents;

/// <summary>Runs and paragraphs with East-Asian fonts.</summary>
internal static class DocxText
{
    public static Run Run(string text, string font, int size, bool bold = false, bool underline = false)
    {
        var properties = new RunProperties(Fonts(font));
        if (bold)
        {
            properties.Append(new Bold(), new BoldComplexScript());
        }

        properties.Append(new FontSize { Val = Size(size) }, new FontSizeComplexScript { Val = Size(size) });
        if (underline)
        {
            properties.Append(new Underline { Val = UnderlineValues.Single });
        }

        return new Run(properties, new Text(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
    }

    public static RunFonts Fonts(string font) =>
        new() { Hint = FontTypeHintValues.EastAsia, Ascii = font, HighAnsi = font, EastAsia = font, ComplexScript = font };

    public static string Size(int halfPoints) => halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The title: 宋体 二号 bold, centred.</summary>
    public static Paragraph Title(string text) =>
        Paragraph(JustificationValues.Center, Run(text, DocxStyle.Song, DocxStyle.Title, bold: true));

    /// <summary>A body paragraph: 仿宋_GB2312 三号, first line indented two characters, fixed 28 pt lines.</summary>
    public static Paragraph Body(string text, bool indent = true) =>
        Line(JustificationValues.Both, indent ? DocxStyle.TwoChars : 0, 0, Run(text, DocxStyle.FangSong, DocxStyle.Body));

    /// <summary>A heading within the body: 仿宋_GB2312 三号 bold, not indented.</summary>
    public static Paragraph Heading(string text) =>
        Line(JustificationValues.Left, 0, 0, Run(text, DocxStyle.FangSong, DocxStyle.Body, bold: true));

    /// <summary>A line at the right, <paramref name="rightIndent"/> twips from the margin (the 落款).</summary>
    public static Paragraph Right(string text, int rightIndent) =>
        Line(JustificationValues.Right, 0, rightIndent, Run(text, DocxStyle.FangSong, DocxStyle.Body));

    public static Paragraph Centered(string text) =>
        Line(JustificationValues.Center, 0, 0, Run(text, DocxStyle.FangSong, DocxStyle.Body));

    public static Paragraph Blank() => Line(JustificationValues.Left, 0, 0);

    public static Paragraph Line(JustificationValues justification, int firstLine, int right, params Run[] runs)
    {
        var indentation = new Indentation();
        if (firstLine > 0)
        {
            indentation.FirstLine = Size(firstLine);
        }

        if (right > 0)
        {
            indentation.Right = Size(right);
        }

        var properties = new ParagraphProperties(
            new SpacingBetweenLines { Before = "0", After = "0", Line = Size(DocxStyle.BodyLine), LineRule = LineSpacingRuleValues.Exact },
            indentation,
            new Justification { Val = justification });
        return new Paragraph([properties, .. runs]);
    }

    public static Paragraph Paragraph(JustificationValues justification, params Run[] runs) =>
        new([new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0" }, new Justification { Val = justification }), .. runs]);
}
