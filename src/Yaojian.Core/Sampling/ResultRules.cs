using Yaojian.Core.Common;
using Yaojian.Core.Resources;

namespace Yaojian.Core.Sampling;

/// <summary>
/// The checks of a laboratory result, pure, the same for the form, the API and the imported sheet: a conclusion, a
/// report number, a report date between the sampling day and today, failing items for a nonconforming result and none
/// for a conforming one; a sample that already holds another result keeps it.
/// </summary>
public static class ResultRules
{
    public const string ItemSeparator = "；";

    public static (CheckedResult? Result, IReadOnlyList<SampleProblem> Problems) Check(ResultInput input, Sample sample, DateOnly today)
    {
        var problems = new List<SampleProblem>();
        if (input.Conclusion is not { } conclusion || !Enum.IsDefined(conclusion))
        {
            problems.Add(new("conclusion", EnumText.Format(Text.Sampling_Required, Text.Sampling_Field_Conclusion)));
        }

        var report = TextInput.Clean(input.ReportNumber);
        if (report is null)
        {
            problems.Add(new("reportNumber", EnumText.Format(Text.Sampling_Required, Text.Sampling_Field_ReportNumber)));
        }
        else if (report.Length > 60)
        {
            problems.Add(new("reportNumber", EnumText.Format(Text.Sampling_TooLong, Text.Sampling_Field_ReportNumber, 60)));
        }

        if (input.ReportedOn is not { } reportedOn)
        {
            problems.Add(new("reportedOn", EnumText.Format(Text.Sampling_Required, Text.Sampling_Field_ReportedOn)));
        }
        else if (reportedOn > today)
        {
            problems.Add(new("reportedOn", Text.Sampling_ReportInFuture));
        }
        else if (reportedOn < sample.SampledOn)
        {
            problems.Add(new("reportedOn", EnumText.Format(Text.Sampling_ReportBeforeSampling, sample.SampledOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))));
        }

        var items = input.FailingItems.SelectMany(SplitItems).ToList();
        var joined = items.Count == 0 ? null : string.Join(ItemSeparator, items);
        if (input.Conclusion == SampleConclusion.Nonconforming && joined is null)
        {
            problems.Add(new("failingItems", Text.Sampling_FailingItemsRequired));
        }
        else if (input.Conclusion == SampleConclusion.Conforming && joined is not null)
        {
            problems.Add(new("failingItems", Text.Sampling_FailingItemsOnConforming));
        }
        else if (joined is { Length: > 1000 })
        {
            problems.Add(new("failingItems", EnumText.Format(Text.Sampling_TooLong, Text.Sampling_Field_FailingItems, 1000)));
        }

        var laboratory = TextInput.Clean(input.Laboratory);
        if (laboratory is { Length: > 100 })
        {
            problems.Add(new("laboratory", EnumText.Format(Text.Sampling_TooLong, Text.Sampling_Field_Laboratory, 100)));
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var result = new CheckedResult(input.Conclusion!.Value, report!, input.ReportedOn!.Value, joined, laboratory);
        if (sample.Conclusion is not null && !result.IsStoredOn(sample))
        {
            return (null, [new("conclusion", EnumText.Format(Text.Sampling_AlreadyResulted, sample.Number, sample.ReportNumber))]);
        }

        return (result, []);
    }

    /// <summary>Failing items as a laboratory writes them: one per entry, or several in one separated by ; ；or 、.</summary>
    public static IEnumerable<string> SplitItems(string? text) =>
        (text ?? string.Empty).Split([';', '；', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

}
