using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Yaojian.Core.Tests.Inspections.Documents;

/// <summary>A generated .docx opened back with the Open XML SDK: its validation errors, text, fonts and page.</summary>
internal sealed class DocxReading : IDisposable
{
    private readonly WordprocessingDocument _document;

    public DocxReading(byte[] bytes)
    {
        _document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
    }

    public Body Body => _document.MainDocumentPart!.Document!.Body!;

    public IReadOnlyList<string> ValidationErrors =>
        new OpenXmlValidator().Validate(_document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

    /// <summary>The body's paragraphs (table cells included), each as one line.</summary>
    public string Text => string.Join('\n', Body.Descendants<Paragraph>().Select(p => p.InnerText));

    public IReadOnlyList<string> Rows(int table) =>
        Body.Elements<Table>().ElementAt(table).Elements<TableRow>().Select(r => string.Join('|', r.Elements<TableCell>().Select(c => c.InnerText))).ToList();

    public IReadOnlyList<string?> EastAsianFonts =>
        _document.MainDocumentPart!.Document!.Descendants<RunFonts>()
            .Concat(_document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Descendants<RunFonts>())
            .Select(f => f.EastAsia?.Value)
            .ToList();

    public int RunsWithoutFonts => Body.Descendants<Run>().Count(r => r.RunProperties?.RunFonts is null);

    public SectionProperties Section => Body.Elements<SectionProperties>().Single();

    public string Footer => string.Concat(_document.MainDocumentPart!.FooterParts.Single().Footer!.Descendants<Text>().Select(t => t.Text));

    public bool FooterHasPageField =>
        _document.MainDocumentPart!.FooterParts.Single().Footer!.Descendants<FieldCode>().Any(c => c.Text.Trim() == "PAGE");

    public void Dispose() => _document.Dispose();
}
