using Yaojian.Core.Common;
using Yaojian.Core.Resources;

namespace Yaojian.Core.Planning;

/// <summary>A rule's frequency in words, as the plan says it (每月、每两年、每年随机抽取25%，4年全覆盖).</summary>
public static class FrequencyText
{
    public static string Describe(InspectionRule rule) => rule.Campaign is not null ? Text.Frequency_Campaign : rule.Frequency switch
    {
        PeriodicFrequency p => EnumText.Of(p.Period),
        EveryNYearsFrequency n => EnumText.Format(Text.Frequency_EveryYears, n.Years),
        RandomShareFrequency r => EnumText.Format(Text.Frequency_RandomShare, r.Share, r.FullCoverageYears),
        _ => string.Empty,
    };
}
