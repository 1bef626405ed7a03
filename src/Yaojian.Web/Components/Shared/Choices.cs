using Yaojian.Core.Common;
using Yaojian.Core.Registry;

namespace Yaojian.Web.Components.Shared;

/// <summary>Picker options for the registry vocabularies, identifiers as in the files, texts from the glossary.</summary>
public static class Choices
{
    public static IReadOnlyList<Choice> Of<TEnum>()
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => new Choice(SnakeCaseNames<TEnum>.Of(v), EnumText.Of(v))).ToList();

    public static IReadOnlyList<Choice> Tags { get; } =
        SupervisionTagNames.Each.Select(t => new Choice(SnakeCaseNames<SupervisionTags>.Of(t), EnumText.Of(t))).ToList();

    public static IReadOnlyList<Choice> Grades { get; } =
        Enum.GetValues<CreditGrade>().Select(g => new Choice(g.ToString(), EnumText.Of(g))).ToList();

    public static IReadOnlyList<Choice> Tiers { get; } =
        Enum.GetValues<DeviceTier>().Select(t => new Choice(EntityRules.FormatTier(t), EnumText.Of(t))).ToList();

    public static IReadOnlyList<Choice> Units(IEnumerable<UnitOption> units) =>
        units.Select(u => new Choice(u.Code, u.Name)).ToList();
}
