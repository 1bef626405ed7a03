using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Yaojian.Core.Inspections.Documents;

/// <summary>
/// A .docx around a body: East-Asian defaults (仿宋_GB2312, zh-CN), A4 with the official margins, and the page number
/// in the footer (— 1 —, 宋体 四号).
/// </summary>
internal static class DocxPackage
{
    public static byte[] Write(string title, IEnumerable<OpenXmlElement> content)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = title;
            document.PackageProperties.Language = "zh-CN";
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = PageNumberFooter();
            main.Document = new Document(new Body([.. content, Section(main.GetIdOfPart(footer))]));
        }

        return stream.ToArray();
    }

    private static Styles Styles() =>
        new(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                DocxText.Fonts(DocxStyle.FangSong),
                new FontSize { Val = DocxText.Size(DocxStyle.Body) },
                new FontSizeComplexScript { Val = DocxText.Size(DocxStyle.Body) },
                new Languages { Val = "zh-CN", EastAsia = "zh-CN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0" }))));

    private static Footer PageNumberFooter()
    {
        Run Plain(string text) => DocxText.Run(text, DocxStyle.Song, DocxStyle.Small);
        Run Field(OpenXmlElement element) =>
            new(new RunProperties(DocxText.Fonts(DocxStyle.Song), new FontSize { Val = DocxText.Size(DocxStyle.Small) }), element);
        return new Footer(DocxText.Paragraph(
            JustificationValues.Center,
            Plain("— "),
            Field(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            Field(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            Field(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            Field(new Text("1")),
            Field(new FieldChar { FieldCharType = FieldCharValues.End }),
            Plain(" —")));
    }

    private static SectionProperties Section(string footerId) =>
        new(
            new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
            new PageSize { Width = DocxStyle.PageWidth, Height = DocxStyle.PageHeight },
            new PageMargin
            {
                Top = DocxStyle.MarginTop,
                Bottom = DocxStyle.MarginBottom,
                Left = (uint)DocxStyle.MarginLeft,
                Right = (uint)DocxStyle.MarginRight,
                Header = (uint)DocxStyle.Twips(15),
                Footer = (uint)DocxStyle.Twips(18),
                Gutter = 0,
            },
            new Columns { Space = "425" },
            new DocGrid { Type = DocGridValues.Lines, LinePitch = DocxStyle.BodyLine });
}
