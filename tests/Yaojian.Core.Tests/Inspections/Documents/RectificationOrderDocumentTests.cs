using Yaojian.Core.Inspections.Documents;

namespace Yaojian.Core.Tests.Inspections.Documents;

/// <summary>The 责令改正通知书 opens, validates, keeps the official layout and holds the order's data.</summary>
public sealed class RectificationOrderDocumentTests
{
    [Fact]
    public void TheOrder_OpensValid_InTheOfficialLayout()
    {
        using var docx = new DocxReading(RectificationOrderDocument.Create(DocumentSamples.Order));

        DocxAssert.OfficialLayout(docx);
        DocxAssert.NoEnglish(docx);
    }

    [Fact]
    public void TheOrder_HoldsTheFindings_TheDeadlineInChineseNumerals_AndTheReceipt()
    {
        using var docx = new DocxReading(RectificationOrderDocument.Create(DocumentSamples.Order));
        var text = docx.Text;

        Assert.Contains("责令改正通知书", text);
        Assert.Contains("责改〔2025〕第000123号", text);
        Assert.Contains("喀左县康宁大药房：", text);
        Assert.Contains("经查，你单位存在下列问题：", text);
        Assert.All(DocumentSamples.Findings, f => Assert.Contains(f.Description, text));
        Assert.Contains(
            "依据《中华人民共和国药品管理法》等有关规定，责令你单位于二〇二五年四月十五日前改正，并将整改情况书面报告我局。", text);
        Assert.Contains("逾期不改正的，将依法处理。", text);
        Assert.Contains("喀左县市场监督管理局\n二〇二五年三月十五日", text);
        Assert.Contains("被检查单位签收：", text);
    }

    [Theory]
    [InlineData("检〔2025〕第000123号", 1, "责改〔2025〕第000123号")]
    [InlineData("检〔2026〕第000001号", 1, "责改〔2026〕第000001号")]
    [InlineData("〔2025〕第7号", 1, "责改〔2025〕第7号")]
    [InlineData("检〔2025〕第000123号", 2, "责改〔2025〕第000123-2号")]
    public void TheNumber_IsDerivedFromTheRecords_AndALaterOrderOfTheRecordHasItsPlace(string record, int sequence, string expected) =>
        Assert.Equal(expected, RectificationOrderDocument.NumberFor(record, sequence));

    [Fact]
    public void AnotherLegalBasis_IsCited()
    {
        var order = DocumentSamples.Order with { LegalBasis = "《医疗器械监督管理条例》", Deadline = new DateOnly(2025, 12, 31) };
        using var docx = new DocxReading(RectificationOrderDocument.Create(order));

        Assert.Contains("依据《医疗器械监督管理条例》等有关规定，责令你单位于二〇二五年十二月三十一日前改正", docx.Text);
    }

    [Fact]
    public void AnOrderWithoutFindings_IsRefused() =>
        Assert.Throws<ArgumentException>(() => RectificationOrderDocument.Create(DocumentSamples.Order with { Findings = [] }));
}
