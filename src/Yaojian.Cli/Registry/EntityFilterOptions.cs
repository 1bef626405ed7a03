using System.CommandLine;
using System.CommandLine.Parsing;
using Yaojian.Cli.Resources;
using Yaojian.Core.Common;
using Yaojian.Core.Registry;
using Yaojian.Core.Resources;

namespace Yaojian.Cli.Registry;

/// <summary>
/// The registry list's filters as options (<c>--kind --unit --area --grade --status --tag --q</c>), with the same
/// identifiers as the interchange file and the web API's query string, and the same Chinese reasons when one is wrong.
/// </summary>
internal sealed class EntityFilterOptions
{
    public const string NoGrade = "none";

    public Option<EntityKind?> Kind { get; } = EnumOption<EntityKind>("--kind", CliText.Option_Kind, Text.Error_UnknownKind);

    public Option<string?> Unit { get; } = new("--unit") { Description = CliText.Option_Unit, HelpName = "unit-code" };

    public Option<AreaClass?> Area { get; } = EnumOption<AreaClass>("--area", CliText.Option_Area, Text.Error_UnknownArea);

    public Option<string?> Grade { get; } = GradeOption();

    public Option<EntityStatus?> Status { get; } = EnumOption<EntityStatus>("--status", CliText.Option_Status, Text.Error_UnknownStatus);

    public Option<SupervisionTags?> Tag { get; } = TagOption();

    public Option<string?> Search { get; } = new("--q") { Description = CliText.Option_Search, HelpName = "text" };

    public void AddTo(Command command)
    {
        command.Add(Kind);
        command.Add(Unit);
        command.Add(Area);
        command.Add(Grade);
        command.Add(Status);
        command.Add(Tag);
        command.Add(Search);
    }

    public EntityFilter ToFilter(ParseResult parse)
    {
        var grade = parse.GetValue(Grade)?.Trim();
        var noGrade = string.Equals(grade, NoGrade, StringComparison.OrdinalIgnoreCase);
        _ = EntityRules.TryParseGrade(noGrade ? null : grade, out var creditGrade);
        return new EntityFilter
        {
            Search = parse.GetValue(Search),
            Kind = parse.GetValue(Kind),
            UnitCode = parse.GetValue(Unit)?.Trim() is { Length: > 0 } unit ? unit : null,
            Area = parse.GetValue(Area),
            Grade = creditGrade,
            NoGrade = noGrade,
            Status = parse.GetValue(Status),
            Tag = parse.GetValue(Tag),
        };
    }

    private static Option<TEnum?> EnumOption<TEnum>(string name, string description, string unknownTemplate)
        where TEnum : struct, Enum
    {
        var option = new Option<TEnum?>(name)
        {
            Description = description,
            HelpName = name.TrimStart('-'),
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
                if (SnakeCaseNames<TEnum>.TryParse(text, out var value))
                {
                    return value;
                }

                result.AddError(EnumText.Format(unknownTemplate, text, string.Join(' ', SnakeCaseNames<TEnum>.All)));
                return null;
            },
        };
        option.CompletionSources.Add([.. SnakeCaseNames<TEnum>.All]);
        return option;
    }

    private static Option<string?> GradeOption()
    {
        var option = new Option<string?>("--grade") { Description = CliText.Option_Grade, HelpName = "A|B|C|D|none" };
        option.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string?>()?.Trim();
            if (!string.Equals(text, NoGrade, StringComparison.OrdinalIgnoreCase) && !EntityRules.TryParseGrade(text, out _))
            {
                result.AddError(EnumText.Format(Text.Error_BadGrade, text));
            }
        });
        option.CompletionSources.Add("A", "B", "C", "D", NoGrade);
        return option;
    }

    private static Option<SupervisionTags?> TagOption()
    {
        var option = new Option<SupervisionTags?>("--tag")
        {
            Description = CliText.Option_Tag,
            HelpName = "tag[;tag…]",
            CustomParser = ParseTags,
        };
        option.CompletionSources.Add([.. SupervisionTagNames.Each.Select(SnakeCaseNames<SupervisionTags>.Of)]);
        return option;
    }

    private static SupervisionTags? ParseTags(ArgumentResult result)
    {
        var tags = SupervisionTagNames.Parse(result.Tokens.Count == 0 ? null : result.Tokens[0].Value, out var unknown);
        foreach (var name in unknown)
        {
            result.AddError(EnumText.Format(Text.Error_UnknownTag, name));
        }

        return tags == SupervisionTags.None ? null : tags;
    }
}
