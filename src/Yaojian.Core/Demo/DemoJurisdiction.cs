using Yaojian.Core.Registry;

namespace Yaojian.Core.Demo;

/// <summary>
/// The demo county's organisation, modelled on Kazuo County's (喀左县) bureau: offices, squads and market
/// supervision stations, each station answering for a few townships (属地为主).
/// </summary>
public static class DemoJurisdiction
{
    public const string CountyName = "喀左县";
    public const string DivisionCode = "211324";
    public const string DrugOffice = "drug-office";
    public const string DeviceOffice = "device-office";
    public const string DrugSquad = "drug-squad";

    /// <summary>The offices and squads whose officers inspect (the others monitor, license or publicise).</summary>
    public static IReadOnlySet<string> InspectingOffices { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        DrugOffice, DeviceOffice, DrugSquad, "enforcement-team",
    };

    public static IReadOnlyList<DemoTownship> Townships { get; } =
    [
        new("大城子街道", "dachengzi-station", AreaClass.Urban),
        new("利州街道", "dachengzi-station", AreaClass.Urban),
        new("南公营子镇", "nangongyingzi-station", AreaClass.Fringe),
        new("山嘴子镇", "nangongyingzi-station", AreaClass.Rural),
        new("公营子镇", "gongyingzi-station", AreaClass.Fringe),
        new("老爷庙镇", "gongyingzi-station", AreaClass.Rural),
        new("中三家镇", "zhongsanjia-station", AreaClass.Rural),
        new("六官营子镇", "zhongsanjia-station", AreaClass.Rural),
        new("平房子镇", "pingfangzi-station", AreaClass.Rural),
        new("草场乡", "pingfangzi-station", AreaClass.Rural),
        new("甘招镇", "ganzhao-station", AreaClass.Rural),
        new("东哨镇", "ganzhao-station", AreaClass.Rural),
        new("白塔子镇", "baitazi-station", AreaClass.Rural),
        new("兴隆庄镇", "baitazi-station", AreaClass.Rural),
        new("坤都营子乡", "kundu-station", AreaClass.Rural),
        new("大营子乡", "kundu-station", AreaClass.Rural),
        new("尤杖子乡", "kundu-station", AreaClass.Rural),
    ];

    public static IReadOnlyList<OrgUnit> Units()
    {
        var units = new List<OrgUnit>
        {
            new() { Code = DrugOffice, Name = "药品安全监督管理室", Kind = OrgUnitKind.Office },
            new() { Code = DeviceOffice, Name = "医疗器械安全监督管理室", Kind = OrgUnitKind.Office },
            new() { Code = "licensing-office", Name = "行政许可室", Kind = OrgUnitKind.Office },
            new() { Code = DrugSquad, Name = "药品监督中队", Kind = OrgUnitKind.Squad },
            new() { Code = "enforcement-team", Name = "综合行政执法队", Kind = OrgUnitKind.Squad },
            new() { Code = "adr-department", Name = "药品不良反应监测部", Kind = OrgUnitKind.Department },
            new() { Code = "online-office", Name = "网络交易与广告监督管理室", Kind = OrgUnitKind.Office },
        };
        foreach (var station in Townships.GroupBy(t => t.StationCode))
        {
            var seat = station.First().Name;
            units.Add(new OrgUnit
            {
                Code = station.Key,
                Name = string.Concat(seat.AsSpan(0, seat.Length - (seat.EndsWith("街道", StringComparison.Ordinal) ? 2 : 1)), "市场监督管理所"),
                Kind = OrgUnitKind.Station,
                Territory = string.Join('、', station.Select(t => t.Name)),
            });
        }

        return units;
    }
}
