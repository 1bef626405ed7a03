using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Yaojian.IntegrationTests.Infrastructure;

/// <summary>A downloaded .docx opened with the Open XML SDK: its paragraphs (table cells included), one a line.</summary>
public static class WordText
{
    public static string Of(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return string.Join('\n', document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText));
    }
}
