using Yaojian.Core.Inspections.Documents;

namespace Yaojian.Core.Tests.Inspections.Documents;

/// <summary>A finished inspection of a pharmacy on 2025-03-15 and the order that follows it.</summary>
internal static class DocumentSamples
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public static IReadOnlyList<FindingLine> Findings { get; } =
    [
        new("一般", "部分拆零药品未保留原包装和说明书"),
        new("主要", "阴凉区温湿度记录缺失3日", IsRepeat: true),
    ];

    public static InspectionRecordDocumentInput Record { get; } = new()
    {
        BureauName = "喀左县市场监督管理局",
        Number = "检〔2025〕第000123号",
        EntityName = "喀左县康宁大药房",
        Address = "喀左县大城子街道利州路18号",
        CreditCode = "91211324MA0XXXXXX1",
        LegalRepresentative = "赵建国",
        EntityKind = "药品零售企业（单体药店）",
        Mode = "日常检查",
        StartedAt = new DateTimeOffset(2025, 3, 15, 9, 30, 0, Beijing),
        EndedAt = new DateTimeOffset(2025, 3, 15, 11, 10, 0, Beijing),
        Inspectors = [new("张伟", "21130001"), new("李娜", "21130002")],
        Representative = "王芳",
        RepresentativeTitle = "质量负责人",
        Answers =
        [
            new("是否持有有效的《药品经营许可证》", "符合"),
            new("处方药是否凭处方销售", "不适用", "当日无处方药销售"),
            new("拆零药品是否保留原包装和说明书", "不符合", "3个品种"),
        ],
        Findings = Findings,
        InspectorSignatures = [new("张伟", new DateTimeOffset(2025, 3, 15, 3, 5, 0, TimeSpan.Zero)), new("李娜", new DateTimeOffset(2025, 3, 15, 11, 6, 0, Beijing))],
        RepresentativeOpinion = "以上情况属实。",
        RepresentativeSignature = new("王芳", new DateTimeOffset(2025, 3, 15, 11, 8, 0, Beijing)),
    };

    public static RectificationOrderInput Order { get; } = new()
    {
        BureauName = "喀左县市场监督管理局",
        RecordNumber = "检〔2025〕第000123号",
        EntityName = "喀左县康宁大药房",
        Findings = Findings,
        Deadline = new DateOnly(2025, 4, 15),
        IssuedOn = new DateOnly(2025, 3, 15),
    };
}
