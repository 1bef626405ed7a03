using Yaojian.Core.Inspections.Documents;

namespace Yaojian.Core.Tests.Inspections.Documents;

/// <summary>The 现场检查笔录 opens, validates, keeps the official layout and holds the record's data.</summary>
public sealed class InspectionRecordDocumentTests
{
    [Fact]
    public void TheRecord_OpensValid_InTheOfficialLayout()
    {
        using var docx = new DocxReading(InspectionRecordDocument.Create(DocumentSamples.Record));

        DocxAssert.OfficialLayout(docx);
        DocxAssert.NoEnglish(docx);
    }

    [Fact]
    public void TheRecord_HoldsTheFacts_TheNotice_AndTheSignatures()
    {
        using var docx = new DocxReading(InspectionRecordDocument.Create(DocumentSamples.Record));
        var text = docx.Text;

        Assert.Contains("喀左县市场监督管理局", text);
        Assert.Contains("现场检查笔录", text);
        Assert.Contains("检〔2025〕第000123号", text);
        Assert.Contains("检查人员已出示执法证件，告知被检查单位有申请回避的权利", text);
        Assert.Contains("被检查单位|喀左县康宁大药房", docx.Rows(0));
        Assert.Contains("统一社会信用代码|91211324MA0XXXXXX1", docx.Rows(0));
        Assert.Contains("法定代表人（负责人）|赵建国", docx.Rows(0));
        Assert.Contains("检查时间（起止）|2025年3月15日9时30分至11时10分", docx.Rows(0));
        Assert.Contains("检查地点|喀左县大城子街道利州路18号", docx.Rows(0));
        Assert.Contains("检查人员|张伟、李娜", docx.Rows(0));
        Assert.Contains("执法证号|张伟：21130001；李娜：21130002", docx.Rows(0));
        Assert.Contains("被检查单位在场人员及职务|王芳（质量负责人）", docx.Rows(0));
        Assert.Contains("检查人员签名：张伟　李娜", text);
        Assert.Contains("被检查单位负责人意见：以上情况属实。", text);
        Assert.Contains("被检查单位负责人签名：王芳", text);
        Assert.Contains("日期：二〇二五年三月十五日", text);
    }

    [Fact]
    public void TheRecord_ListsEveryChecklistAnswer_AndEveryFinding()
    {
        using var docx = new DocxReading(InspectionRecordDocument.Create(DocumentSamples.Record));

        Assert.Equal(
            ["序号|检查项目|结果|说明", "1|是否持有有效的《药品经营许可证》|符合|", "2|处方药是否凭处方销售|不适用|当日无处方药销售", "3|拆零药品是否保留原包装和说明书|不符合|3个品种"],
            docx.Rows(1));
        Assert.Contains("发现的问题：", docx.Text);
        Assert.Contains("1.部分拆零药品未保留原包装和说明书（一般）。", docx.Text);
        Assert.Contains("2.阴凉区温湿度记录缺失3日（主要）（重复发现）。", docx.Text);
    }

    [Fact]
    public void AnUnsignedRecordWithoutFindings_LeavesBlanksForHandwriting()
    {
        var record = DocumentSamples.Record with { Findings = [], InspectorSignatures = [], RepresentativeSignature = null, EndedAt = null };
        using var docx = new DocxReading(InspectionRecordDocument.Create(record));

        Assert.Empty(docx.ValidationErrors);
        Assert.Contains("未发现问题。", docx.Text);
        Assert.Contains("检查时间（起止）|2025年3月15日9时30分至＿＿时＿＿分", docx.Rows(0));
        Assert.Contains("日期：＿＿＿＿年＿＿月＿＿日", docx.Text);
    }
}
