namespace Yaojian.Core.Inspections.Documents;

/// <summary>
/// What the 现场检查笔录 says, already in Chinese (enum values through <see cref="Common.EnumText"/>). Nothing here has a
/// county default: every name and number comes from the record. Times are written in <see cref="UtcOffset"/>
/// (default +08:00, 北京时间).
/// </summary>
public sealed record InspectionRecordDocumentInput
{
    /// <summary>The bureau whose record it is, e.g. 喀左县市场监督管理局.</summary>
    public required string BureauName { get; init; }

    /// <summary>The record's number, e.g. 检〔2025〕第000123号.</summary>
    public required string Number { get; init; }

    public required string EntityName { get; init; }

    public string? Address { get; init; }

    /// <summary>统一社会信用代码.</summary>
    public string? CreditCode { get; init; }

    /// <summary>法定代表人（负责人）.</summary>
    public string? LegalRepresentative { get; init; }

    /// <summary>The entity's kind in Chinese, e.g. 药品零售企业（单体药店）.</summary>
    public string? EntityKind { get; init; }

    /// <summary>The inspection mode in Chinese, e.g. 日常检查.</summary>
    public string? Mode { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>The end of the inspection; left blank for handwriting when not known.</summary>
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>The place of the inspection; the address when not given.</summary>
    public string? Place { get; init; }

    public IReadOnlyList<InspectorLine> Inspectors { get; init; } = [];

    /// <summary>The entity's representative present.</summary>
    public string? Representative { get; init; }

    public string? RepresentativeTitle { get; init; }

    public IReadOnlyList<ChecklistLine> Answers { get; init; } = [];

    public IReadOnlyList<FindingLine> Findings { get; init; } = [];

    /// <summary>Other facts worth writing down (其他需要说明的情况).</summary>
    public string? Notes { get; init; }

    public IReadOnlyList<SignatureLine> InspectorSignatures { get; init; } = [];

    /// <summary>The opinion the entity's person in charge writes (被检查单位负责人意见); blank lines when not given.</summary>
    public string? RepresentativeOpinion { get; init; }

    public SignatureLine? RepresentativeSignature { get; init; }

    /// <summary>The offset times are written in; +08:00 (北京时间) by default.</summary>
    public TimeSpan UtcOffset { get; init; } = TimeSpan.FromHours(8);
}
