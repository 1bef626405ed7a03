using System.Globalization;
using Yaojian.Core.Common;
using Yaojian.Core.Sampling;
using Yaojian.Web.Resources;

namespace Yaojian.Web.Components.Pages.Sampling;

/// <summary>How the sampling pages write shares, conclusions and filing.</summary>
public static class SamplingText
{
    public static string Percent(decimal? share) =>
        share is { } s ? s.ToString("P1", CultureInfo.CurrentCulture) : UiText.Empty;

    public static string Conclusion(SampleConclusion? conclusion) =>
        conclusion is { } c ? EnumText.Of(c) : UiText.Sampling_Pending;

    public static string ConclusionClass(SampleConclusion? conclusion) => conclusion switch
    {
        SampleConclusion.Conforming => "ok",
        SampleConclusion.Nonconforming => "bad",
        null => "warn",
    };

    /// <summary>A nonconforming sample's standing towards its case: filed, or how it waits.</summary>
    public static string Filing(SampleClue? clue) =>
        clue is null ? UiText.Sampling_NoClue : clue.Filed ? UiText.Sampling_Filed : UiText.Sampling_NotFiled;

    /// <summary>Where a result came from, as the page says it: 手工录入, 导入：结果.xlsx.</summary>
    public static string Source(string source) =>
        source == RecordResult.ManualSource ? UiText.Sampling_SourceManual
        : source.StartsWith(ImportResults.SourcePrefix, StringComparison.Ordinal) ? EnumText.Format(UiText.Sampling_SourceImport, source[ImportResults.SourcePrefix.Length..])
        : source;

    public static int CurrentYear(TimeProvider clock) => clock.GetLocalNow().Year;
}
