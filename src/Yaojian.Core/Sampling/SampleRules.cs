using Yaojian.Core.Common;
using Yaojian.Core.Registry;
using Yaojian.Core.Resources;

namespace Yaojian.Core.Sampling;

/// <summary>
/// The checks of a sampling form that need no database, pure: required fields and their lengths, a number without
/// spaces, a category of the plan, a date not in the future, the platform and shop of an online sample, known product
/// flags and concerns. A sample is written from the result's <see cref="Sample"/> (product and samplers are the
/// handler's).
/// </summary>
public static class SampleRules
{
    public const int MaxNumberLength = 40;

    public static (Sample? Sample, IReadOnlyList<SampleProblem> Problems) Check(SampleInput input, SamplingPlan? plan, bool catalogueProduct, DateOnly today)
    {
        var problems = new List<SampleProblem>();
        var number = Field(problems, "number", Text.Sampling_Field_Number, input.Number, MaxNumberLength, required: true);
        if (number is not null && number.Any(char.IsWhiteSpace))
        {
            problems.Add(new("number", Text.Sampling_BadNumber));
        }

        var category = CheckCategory(problems, input.Category, plan);
        var productName = catalogueProduct ? null : Field(problems, "productName", Text.Sampling_Field_ProductName, input.ProductName, 200, required: true);
        var approval = catalogueProduct ? null : Field(problems, "approvalNumber", Text.Sampling_Field_ApprovalNumber, input.ApprovalNumber, 100, required: false);
        var flags = catalogueProduct ? ProductFlags.None : Flags<ProductFlags>(problems, "productFlags", input.ProductFlags, Text.Sampling_UnknownFlag);
        var batch = Field(problems, "batch", Text.Sampling_Field_Batch, input.Batch, 60, required: true);
        var manufacturer = Field(problems, "manufacturer", Text.Sampling_Field_Manufacturer, input.Manufacturer, 200, required: true);
        var specification = Field(problems, "specification", Text.Sampling_Field_Specification, input.Specification, 100, required: false);
        if (input.SampledOn is null)
        {
            problems.Add(new("sampledOn", EnumText.Format(Text.Sampling_Required, Text.Sampling_Field_SampledOn)));
        }
        else if (input.SampledOn > today)
        {
            problems.Add(new("sampledOn", Text.Sampling_FutureDate));
        }

        var platform = input.Online ? Field(problems, "platform", Text.Sampling_Field_Platform, input.Platform, 100, required: true) : null;
        var shop = input.Online ? Field(problems, "shop", Text.Sampling_Field_Shop, input.Shop, 200, required: true) : null;
        var concerns = Flags<SampleConcerns>(problems, "concerns", input.Concerns, Text.Sampling_UnknownConcern);
        var notes = Field(problems, "notes", Text.Sampling_Field_Notes, input.Notes, 1000, required: false);
        if (input.SamplerIds.Distinct().Count() < Inspections.InspectionRules.MinimumInspectors)
        {
            problems.Add(new("samplerIds", EnumText.Format(Text.Sampling_TooFewSamplers, Inspections.InspectionRules.MinimumInspectors)));
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        return (new Sample
        {
            Number = NormaliseNumber(number!),
            CategoryId = category,
            EntityId = input.EntityId,
            ProductId = catalogueProduct ? input.ProductId : null,
            ProductName = productName ?? string.Empty,
            ApprovalNumber = approval,
            ProductFlags = flags,
            Batch = batch!,
            Manufacturer = manufacturer!,
            Specification = specification,
            SampledOn = input.SampledOn!.Value,
            Online = input.Online,
            Platform = platform,
            Shop = shop,
            Concerns = concerns,
            Notes = notes,
            CreatedBy = string.Empty,
        }, []);
    }

    /// <summary>Sample numbers are compared as written, with ASCII letters in capitals (a laboratory may type them in either case).</summary>
    public static string NormaliseNumber(string number) =>
        new(number.Trim().Select(c => char.IsAsciiLetterLower(c) ? char.ToUpperInvariant(c) : c).ToArray());

    /// <summary>The names of the set flags (<c>maternal</c>, <c>unclear_channel</c>), in the enum's order.</summary>
    public static IReadOnlyList<TEnum> Split<TEnum>(TEnum flags)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Where(f => Convert.ToInt64(f, System.Globalization.CultureInfo.InvariantCulture) != 0 && flags.HasFlag(f)).ToList();

    private static string? CheckCategory(List<SampleProblem> problems, string? text, SamplingPlan? plan)
    {
        var category = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        var known = plan?.Categories ?? [];
        if (known.Count == 0)
        {
            if (category is not null)
            {
                problems.Add(new("category", EnumText.Format(Text.Sampling_NoCategories, category)));
            }

            return null;
        }

        if (category is null)
        {
            problems.Add(new("category", EnumText.Format(Text.Sampling_Required, Text.Sampling_Field_Category)));
        }
        else if (known.All(c => c.Id != category))
        {
            problems.Add(new("category", EnumText.Format(Text.Sampling_UnknownCategory, category, string.Join("、", known.Select(c => c.Id)))));
        }

        return category;
    }

    private static string? Field(List<SampleProblem> problems, string field, string label, string? value, int max, bool required)
    {
        var text = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (text is null)
        {
            if (required)
            {
                problems.Add(new(field, EnumText.Format(Text.Sampling_Required, label)));
            }

            return null;
        }

        if (text.Length > max)
        {
            problems.Add(new(field, EnumText.Format(Text.Sampling_TooLong, label, max)));
            return null;
        }

        return text;
    }

    private static TEnum Flags<TEnum>(List<SampleProblem> problems, string field, IReadOnlyList<string> names, string unknown)
        where TEnum : struct, Enum
    {
        long all = 0;
        foreach (var name in names.Where(n => !string.IsNullOrWhiteSpace(n)))
        {
            if (SnakeCaseNames<TEnum>.TryParse(name, out var value) && Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) != 0)
            {
                all |= Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                problems.Add(new(field, EnumText.Format(unknown, name.Trim(), string.Join("、", SnakeCaseNames<TEnum>.All.Where(n => n != "none")))));
            }
        }

        return (TEnum)Enum.ToObject(typeof(TEnum), all);
    }
}
