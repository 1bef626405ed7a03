namespace Yaojian.Core.Inspections.Documents;

/// <summary>
/// What the 责令改正通知书 says: the bureau, the inspection record it follows (its number gives the order's, see
/// <see cref="RectificationOrderDocument.NumberFor"/>), the entity, the findings, the deadline and the date of issue.
/// </summary>
public sealed record RectificationOrderInput
{
    /// <summary>The issuing bureau, e.g. 喀左县市场监督管理局 (also the 落款).</summary>
    public required string BureauName { get; init; }

    /// <summary>The inspection record's number, e.g. 检〔2025〕第000123号.</summary>
    public required string RecordNumber { get; init; }

    public required string EntityName { get; init; }

    /// <summary>The findings to correct; at least one.</summary>
    public required IReadOnlyList<FindingLine> Findings { get; init; }

    /// <summary>The day by which the entity corrects and reports.</summary>
    public required DateOnly Deadline { get; init; }

    public required DateOnly IssuedOn { get; init; }

    /// <summary>Its place among the rectification orders issued from the same record (1 for the first).</summary>
    public int Sequence { get; init; } = 1;

    /// <summary>The law cited; 《中华人民共和国药品管理法》 by default (a device order cites 《医疗器械监督管理条例》).</summary>
    public string LegalBasis { get; init; } = "《中华人民共和国药品管理法》";
}
