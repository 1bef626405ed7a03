using DocumentFormat.OpenXml.Wordprocessing;

namespace Yaojian.Core.Tests.Inspections.Documents;

/// <summary>What every official document holds to: valid Open XML, Chinese fonts, A4 with the official margins, — 1 — page numbers.</summary>
internal static class DocxAssert
{
    public static void OfficialLayout(DocxReading docx)
    {
        Assert.Empty(docx.ValidationErrors);
        Assert.All(docx.EastAsianFonts, f => Assert.Contains(f, new[] { "宋体", "仿宋_GB2312" }));
        Assert.Contains("宋体", docx.EastAsianFonts);
        Assert.Contains("仿宋_GB2312", docx.EastAsianFonts);
        Assert.Equal(0, docx.RunsWithoutFonts);

        var size = docx.Section.GetFirstChild<PageSize>()!;
        var margin = docx.Section.GetFirstChild<PageMargin>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        Assert.Equal((37, 35, 28, 26), (Mm(margin.Top!.Value), Mm(margin.Bottom!.Value), Mm((int)margin.Left!.Value), Mm((int)margin.Right!.Value)));

        Assert.True(docx.FooterHasPageField);
        Assert.Equal("— 1 —", docx.Footer);
    }

    /// <summary>No Latin letters in the body: nothing in English.</summary>
    public static void NoEnglish(DocxReading docx) =>
        Assert.DoesNotMatch("[A-Za-z]{2,}", docx.Text.Replace("91211324MA0XXXXXX1", string.Empty, StringComparison.Ordinal));

    private static int Mm(int twips) => (int)Math.Round(twips * 25.4 / 1440);
}
