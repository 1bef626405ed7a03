using Yaojian.Core.Registry;

namespace Yaojian.Testing;

/// <summary>A small set of the bureau's units, with the demo county's codes, for tests that do not seed the demo.</summary>
public static class TestUnits
{
    public const string DrugOffice = "drug-office";
    public const string DeviceOffice = "device-office";
    public const string DrugSquad = "drug-squad";
    public const string DachengziStation = "dachengzi-station";
    public const string KunduStation = "kundu-station";

    public static IReadOnlyList<string> Codes { get; } = [DrugOffice, DeviceOffice, DrugSquad, DachengziStation, KunduStation];

    /// <summary>New, unsaved units (a context tracks what it adds, so each call gives new objects).</summary>
    public static IReadOnlyList<OrgUnit> Create() =>
    [
        new() { Code = DrugOffice, Name = "药品安全监督管理室", Kind = OrgUnitKind.Office },
        new() { Code = DeviceOffice, Name = "医疗器械安全监督管理室", Kind = OrgUnitKind.Office },
        new() { Code = DrugSquad, Name = "药品监督中队", Kind = OrgUnitKind.Squad },
        new() { Code = DachengziStation, Name = "大城子市场监督管理所", Kind = OrgUnitKind.Station, Territory = "大城子街道、利州街道" },
        new() { Code = KunduStation, Name = "坤都营子市场监督管理所", Kind = OrgUnitKind.Station, Territory = "坤都营子乡、大营子乡、尤杖子乡" },
    ];

    /// <summary>Every unit code with its id, as the import's validator takes them, for tests without a database.</summary>
    public static IReadOnlyDictionary<string, int> Ids { get; } =
        Codes.Select((code, index) => (code, index)).ToDictionary(p => p.code, p => p.index + 1, StringComparer.Ordinal);
}
