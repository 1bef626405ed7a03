using DocumentFormat.OpenXml;
using static Yaojian.Core.Inspections.Documents.DocumentWording;

namespace Yaojian.Core.Inspections.Documents;

/// <summary>
/// The 现场检查笔录 as a .docx: bureau and title, the number, the facts table, the notice of certificates shown and the
/// right to ask for recusal, the checklist, the findings, and the signatures with dates in Chinese numerals.
/// </summary>
public static class InspectionRecordDocument
{
    public const string Title = "现场检查笔录";

    public static byte[] Create(InspectionRecordDocumentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return DocxPackage.Write(Title, Content(input));
    }

    private static IEnumerable<OpenXmlElement> Content(InspectionRecordDocumentInput input)
    {
        yield return DocxText.Title(input.BureauName);
        yield return DocxText.Title(Title);
        yield return DocxText.Centered(input.Number);
        yield return DocxText.Blank();
        yield return DocxTable.Of([2600, DocxStyle.TextWidth - 2600], Facts(input), header: false);
        yield return DocxText.Body("检查人员已出示执法证件，告知被检查单位有申请回避的权利。");
        yield return DocxText.Heading("检查情况：");
        yield return DocxTable.Of([800, 4445, 1200, DocxStyle.TextWidth - 6445], Checklist(input.Answers), header: true);
        yield return DocxText.Heading("发现的问题：");
        if (input.Findings.Count == 0)
        {
            yield return DocxText.Body("未发现问题。");
        }

        foreach (var line in Findings(input.Findings))
        {
            yield return DocxText.Body(line);
        }

        if (!string.IsNullOrWhiteSpace(input.Notes))
        {
            yield return DocxText.Heading("其他需要说明的情况：");
            yield return DocxText.Body(input.Notes.Trim());
        }

        foreach (var paragraph in Signatures(input))
        {
            yield return paragraph;
        }
    }

    private static IEnumerable<IReadOnlyList<string>> Facts(InspectionRecordDocumentInput input)
    {
        var certificates = input.Inspectors.Where(i => !string.IsNullOrWhiteSpace(i.CertificateNumber)).Select(i => $"{i.Name}：{i.CertificateNumber!.Trim()}");
        yield return ["被检查单位", input.EntityName];
        yield return ["单位类型", OrEmpty(input.EntityKind)];
        yield return ["地址", OrEmpty(input.Address)];
        yield return ["统一社会信用代码", OrEmpty(input.CreditCode)];
        yield return ["法定代表人（负责人）", OrEmpty(input.LegalRepresentative)];
        yield return ["检查方式", OrEmpty(input.Mode)];
        yield return ["检查时间（起止）", Period(input.StartedAt, input.EndedAt, input.UtcOffset)];
        yield return ["检查地点", OrEmpty(input.Place ?? input.Address)];
        yield return ["检查人员", string.Join('、', input.Inspectors.Select(i => i.Name))];
        yield return ["执法证号", string.Join('；', certificates)];
        yield return ["被检查单位在场人员及职务", WithTitle(input.Representative, input.RepresentativeTitle)];
    }

    private static IEnumerable<IReadOnlyList<string>> Checklist(IReadOnlyList<ChecklistLine> answers)
    {
        yield return ["序号", "检查项目", "结果", "说明"];
        if (answers.Count == 0)
        {
            yield return ["—", "无", string.Empty, string.Empty];
        }

        foreach (var (answer, i) in answers.Select((a, i) => (a, i)))
        {
            yield return [(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), answer.ItemText, answer.Result, OrEmpty(answer.Note)];
        }
    }

    private static IEnumerable<OpenXmlElement> Signatures(InspectionRecordDocumentInput input)
    {
        var inspectorNames = input.InspectorSignatures.Count == 0 ? BlankName : string.Join('　', input.InspectorSignatures.Select(s => s.Name));
        var inspectorDate = input.InspectorSignatures.Count == 0
            ? BlankDate
            : ChineseDay(input.InspectorSignatures.Max(s => s.SignedAt), input.UtcOffset);
        var representative = input.RepresentativeSignature;
        yield return DocxText.Blank();
        yield return DocxText.Body($"检查人员签名：{inspectorNames}", indent: false);
        yield return DocxText.Right($"日期：{inspectorDate}", DocxStyle.TwoChars);
        yield return DocxText.Body($"被检查单位负责人意见：{(string.IsNullOrWhiteSpace(input.RepresentativeOpinion) ? BlankName + BlankName : input.RepresentativeOpinion.Trim())}", indent: false);
        yield return DocxText.Body($"被检查单位负责人签名：{representative?.Name ?? BlankName}", indent: false);
        yield return DocxText.Right(
            $"日期：{(representative is null ? BlankDate : ChineseDay(representative.SignedAt, input.UtcOffset))}", DocxStyle.TwoChars);
    }
}
