namespace Yaojian.Core.Inspections.Documents;

/// <summary>A generated .docx and the Chinese name it is downloaded under (现场检查笔录-检〔2025〕第000012号.docx).</summary>
public sealed record RenderedDocument(string FileName, byte[] Content)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static RenderedDocument Docx(string title, string number, byte[] content) => new($"{title}-{number}.docx", content);
}
