using System.Globalization;
using Yaojian.Core.Registry;

namespace Yaojian.Benchmarks.Planning;

/// <summary>
/// The 42 stations (市场监督管理所) a big city has beyond Kazuo's 8: its districts' street offices first (urban),
/// then the towns on its fringe and in the countryside.
/// </summary>
public static class CityStations
{
    public static IReadOnlyList<(string Name, AreaClass Area)> Extra { get; } =
    [
        ("东城", AreaClass.Urban), ("西城", AreaClass.Urban), ("南城", AreaClass.Urban), ("北城", AreaClass.Urban),
        ("新华", AreaClass.Urban), ("建设", AreaClass.Urban), ("人民", AreaClass.Urban), ("解放", AreaClass.Urban),
        ("和平", AreaClass.Urban), ("胜利", AreaClass.Urban), ("友谊", AreaClass.Urban), ("光明", AreaClass.Urban),
        ("长安", AreaClass.Urban), ("兴华", AreaClass.Urban), ("太平", AreaClass.Urban), ("永安", AreaClass.Urban),
        ("清河", AreaClass.Urban), ("柳林", AreaClass.Urban), ("桃园", AreaClass.Urban), ("杏花", AreaClass.Urban),
        ("金山", AreaClass.Urban), ("银河", AreaClass.Urban),
        ("青山", AreaClass.Fringe), ("白云", AreaClass.Fringe), ("红旗", AreaClass.Fringe), ("东风", AreaClass.Fringe),
        ("向阳", AreaClass.Fringe), ("朝阳", AreaClass.Fringe), ("文化", AreaClass.Fringe), ("育才", AreaClass.Fringe),
        ("新村", AreaClass.Fringe), ("花园", AreaClass.Fringe),
        ("龙泉", AreaClass.Rural), ("凤鸣", AreaClass.Rural), ("松江", AreaClass.Rural), ("梅林", AreaClass.Rural),
        ("竹园", AreaClass.Rural), ("荷塘", AreaClass.Rural), ("石桥", AreaClass.Rural), ("沙河", AreaClass.Rural),
        ("高新", AreaClass.Rural), ("开发", AreaClass.Rural),
    ];

    /// <summary>The seat area of Kazuo's own stations (the demo county's townships).</summary>
    public static IReadOnlyDictionary<string, AreaClass> KazuoAreas { get; } = new Dictionary<string, AreaClass>(StringComparer.Ordinal)
    {
        ["dachengzi-station"] = AreaClass.Urban,
        ["nangongyingzi-station"] = AreaClass.Fringe,
        ["gongyingzi-station"] = AreaClass.Fringe,
    };

    /// <summary>Kazuo has 8 stations; the city's own are numbered on from there.</summary>
    public const int FirstExtraNumber = 9;

    public static string Code(int number) => string.Create(CultureInfo.InvariantCulture, $"station-{number:D2}");

    public static AreaClass AreaOf(string stationCode) =>
        KazuoAreas.TryGetValue(stationCode, out var kazuo) ? kazuo
        : stationCode.StartsWith("station-", StringComparison.Ordinal)
            ? Extra[int.Parse(stationCode.AsSpan("station-".Length), CultureInfo.InvariantCulture) - FirstExtraNumber].Area
            : AreaClass.Rural;
}
