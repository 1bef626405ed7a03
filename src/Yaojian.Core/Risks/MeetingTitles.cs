using Yaojian.Core.Common;
using Yaojian.Core.Inspections.Documents;
using Yaojian.Core.Resources;

namespace Yaojian.Core.Risks;

/// <summary>A meeting's title: 2025年第二季度医疗器械风险会商会, with the meeting's name from the plan file when it has one.</summary>
internal static class MeetingTitles
{
    public static string Of(RiskConsultationPlan plan, RiskArea area, int year, int quarter) =>
        EnumText.Format(Text.Risks_MeetingTitle, year, QuarterText(quarter), plan.MeetingOf(area)?.Name ?? EnumText.Format(Text.Risks_DefaultMeetingName, EnumText.Of(area)));

    /// <summary>第二季度.</summary>
    public static string QuarterText(int quarter) => EnumText.Format(Text.Risks_Quarter, ChineseDate.Number(quarter));
}
