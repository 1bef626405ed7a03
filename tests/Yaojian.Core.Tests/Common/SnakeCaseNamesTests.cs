using System.Reflection;
using System.Text.RegularExpressions;
using Yaojian.Core.Common;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Tests.Common;

public sealed partial class SnakeCaseNamesTests
{
    [Theory]
    [MemberData(nameof(EnumTypes.All), MemberType = typeof(EnumTypes))]
    public void Of_EveryValueOfEveryEnum_ParsesBackToTheSameValue(Type enumType)
    {
        var check = typeof(SnakeCaseNamesTests).GetMethod(nameof(RoundTrip), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(enumType);
        check.Invoke(null, null);
    }

    [Fact]
    public void Of_PascalCaseMember_IsSnakeCase()
    {
        Assert.Equal("retail_pharmacy", SnakeCaseNames<EntityKind>.Of(EntityKind.RetailPharmacy));
        Assert.Equal("level2_plus", SnakeCaseNames<SupervisionTags>.Of(SupervisionTags.Level2Plus));
        Assert.Equal("cdc", SnakeCaseNames<EntityKind>.Of(EntityKind.Cdc));
    }

    [Theory]
    [InlineData("")]
    [InlineData("retailpharmacy")]
    [InlineData("RetailPharmacy")]
    [InlineData(null)]
    public void TryParse_NotAName_IsFalse(string? text) =>
        Assert.False(SnakeCaseNames<EntityKind>.TryParse(text, out _));

    private static void RoundTrip<TEnum>()
        where TEnum : struct, Enum
    {
        var values = Enum.GetValues<TEnum>();
        var names = values.Select(SnakeCaseNames<TEnum>.Of).ToList();
        Assert.Equal(values.Length, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(names.Order(StringComparer.Ordinal), SnakeCaseNames<TEnum>.All.Order(StringComparer.Ordinal));
        foreach (var value in values)
        {
            var name = SnakeCaseNames<TEnum>.Of(value);
            Assert.Matches(SnakeCase(), name);
            Assert.True(SnakeCaseNames<TEnum>.TryParse(name, out var parsed), name);
            Assert.Equal(value, parsed);
            Assert.True(SnakeCaseNames<TEnum>.TryParse($" {name.ToUpperInvariant()} ", out var upper), name);
            Assert.Equal(value, upper);
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$")]
    private static partial Regex SnakeCase();
}
