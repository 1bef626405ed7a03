using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Yaojian.Core.Demo;
using Yaojian.Core.Registry.Interchange;

namespace Yaojian.Benchmarks.Data;

/// <summary>
/// A short hash of what Core's demo generator makes for a given size: the kind mix and the first rows. A cached
/// database or file seeded by an older generator has another fingerprint and is made again, so every figure of one
/// run comes from the same data.
/// </summary>
public static class DemoFingerprint
{
    private const int SampleRows = 2_000;

    public static string For(int entities)
    {
        var unitIds = DemoJurisdiction.Units().Select((u, i) => (u.Code, Id: i + 1)).ToDictionary(u => u.Code, u => u.Id, StringComparer.Ordinal);
        var text = new StringBuilder();
        foreach (var (kind, count) in DemoKindMix.For(entities))
        {
            text.Append(CultureInfo.InvariantCulture, $"{kind}={count};");
        }

        // The first number and the clock are those SeedDemoCounty uses on an empty database; the rows sampled carry no dates.
        var generator = new DemoEntityGenerator(BenchDatabases.Seed + 1, DateOnly.FromDateTime(DateTime.Today));
        foreach (var e in generator.Generate(entities, unitIds, withDetails: false).Take(SampleRows))
        {
            text.Append(CultureInfo.InvariantCulture,
                $"{e.Code}|{e.Name}|{e.Uscc}|{e.Kind}|{e.UnitId}|{e.Area}|{e.CreditGrade}|{e.DeviceTier}|{e.Status}|{e.Tags}|{e.Township}|{e.Address}|{e.LegalRepresentative}\n");
        }

        // The columns written to the generated files are part of what a cached file depends on.
        text.AppendJoin(',', EntityColumns.All);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..12];
    }
}
