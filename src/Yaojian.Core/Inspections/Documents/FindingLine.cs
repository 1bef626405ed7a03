using Yaojian.Core.Common;

namespace Yaojian.Core.Inspections.Documents;

/// <summary>A finding as written on a document: severity in Chinese (严重 / 主要 / 一般), description, and whether it repeats an earlier one.</summary>
public sealed record FindingLine(string Severity, string Description, bool IsRepeat = false)
{
    internal static FindingLine Of(Finding finding) =>
        new(EnumText.Of(finding.Severity), finding.Description, finding.RepeatOfFindingId is not null);
}
