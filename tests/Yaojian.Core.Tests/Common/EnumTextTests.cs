using System.Reflection;
using System.Text.RegularExpressions;
using Yaojian.Core.Common;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Tests.Common;

public sealed partial class EnumTextTests
{
    [Theory]
    [MemberData(nameof(EnumTypes.InRegistryNamespace), MemberType = typeof(EnumTypes))]
    public void Of_EveryValueOfARegistryEnum_HasAChineseName(Type enumType)
    {
        var missing = typeof(EnumTextTests).GetMethod(nameof(Untranslated), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(enumType)
            .Invoke(null, null) as IReadOnlyList<string>;
        Assert.Empty(missing!);
    }

    [Fact]
    public void Of_GradeAndTier_AreTheGlossaryNames()
    {
        Assert.Equal("A级", EnumText.Of(CreditGrade.A));
        Assert.Equal("二级", EnumText.Of(DeviceTier.Level2));
    }

    private static List<string> Untranslated<TEnum>()
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>()
            .Where(v => EnumText.Of(v) == v.ToString() || !Chinese().IsMatch(EnumText.Of(v)))
            .Select(v => $"{typeof(TEnum).Name}_{v}")
            .ToList();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();
}
