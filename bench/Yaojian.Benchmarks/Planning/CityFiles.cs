using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Yaojian.Benchmarks.Data;
using Yaojian.Core.Common;
using Yaojian.Core.Planning;
using Yaojian.Core.Registry;
using Yaojian.Core.Registry.Interchange;

namespace Yaojian.Benchmarks.Planning;

/// <summary>
/// The city's registry as the files <c>yaojian plan generate</c> reads: the entity interchange file (all 13 columns,
/// UTF-8 with a BOM, as <c>yaojian export entities</c> writes it), the inspectors file and the history file. Kept in
/// the cache folder with a fingerprint of the generator, as the other generated files are.
/// </summary>
public sealed record CityFiles(string Entities, string Inspectors, string History, int EntityRows, int InspectorRows, int HistoryRows)
{
    private const string GeneratorVersion = "city-1";

    /// <summary>
    /// The files for <paramref name="registry"/>, written to bench/.cache under fixed names (plan-entities.csv,
    /// plan-inspectors.csv, plan-history.csv) so that the CLI command in docs/benchmarks.md can name them; made again
    /// when the marker beside them holds another fingerprint.
    /// </summary>
    public static CityFiles Ensure(CityRegistry registry)
    {
        var files = new CityFiles(
            Path.Combine(BenchPaths.Cache, "plan-entities.csv"),
            Path.Combine(BenchPaths.Cache, "plan-inspectors.csv"),
            Path.Combine(BenchPaths.Cache, "plan-history.csv"),
            registry.Entities.Count, registry.Inspectors.Count, registry.History.Count);
        var fingerprint = Fingerprint(registry);
        var marker = Path.Combine(BenchPaths.Cache, "plan-files.fingerprint");
        if (File.Exists(marker) && File.ReadAllText(marker) == fingerprint
            && File.Exists(files.Entities) && File.Exists(files.Inspectors) && File.Exists(files.History))
        {
            return files;
        }

        File.Delete(marker);
        Write(files.Entities, writer => WriteEntities(writer, registry), bom: true);
        Write(files.Inspectors, writer => WriteInspectors(writer, registry), bom: false);
        Write(files.History, writer => WriteHistory(writer, registry), bom: false);
        File.WriteAllText(marker, fingerprint);
        return files;
    }

    private static void Write(string path, Action<StreamWriter> write, bool bom)
    {
        var partial = path + ".partial";
        using (var writer = new StreamWriter(partial, false, new UTF8Encoding(bom), 1 << 20) { NewLine = "\n" })
        {
            write(writer);
        }

        File.Move(partial, path, overwrite: true);
    }

    private static void WriteEntities(StreamWriter writer, CityRegistry registry)
    {
        var random = new Random(CityRegistry.Seed + 1);
        var territories = CityPlans.Units.Where(u => u.Territory.Count > 0).ToDictionary(u => u.Code, u => u.Territory, StringComparer.Ordinal);
        var anywhere = territories.Values.SelectMany(t => t).ToArray();
        writer.WriteLine(string.Join(',', EntityColumns.All));
        Span<char> uscc = stackalloc char[18];
        foreach (var e in registry.Entities)
        {
            var township = territories.TryGetValue(e.Unit, out var own) ? own[random.Next(own.Count)] : anywhere[random.Next(anywhere.Length)];
            var place = township.EndsWith("街道", StringComparison.Ordinal) ? township[..^2] : township[..^1];
            "91130200".CopyTo(uscc);
            for (var i = 8; i < 17; i++)
            {
                uscc[i] = Uscc.Characters[random.Next(Uscc.Characters.Length)];
            }

            uscc[17] = Uscc.CheckCharacter(uscc[..17]);
            writer.Write(e.Code);
            writer.Write(',');
            writer.Write(CityNames.Entity(e.Kind, place, random));
            writer.Write(',');
            writer.Write(uscc);
            writer.Write(',');
            writer.Write(SnakeCaseNames<EntityKind>.Of(e.Kind));
            writer.Write(',');
            writer.Write(e.Unit);
            writer.Write(',');
            writer.Write(SnakeCaseNames<AreaClass>.Of(e.Area));
            writer.Write(',');
            writer.Write(e.Grade?.ToString() ?? string.Empty);
            writer.Write(',');
            writer.Write(e.Tier is { } tier ? ((int)tier).ToString(CultureInfo.InvariantCulture) : string.Empty);
            writer.Write(',');
            writer.Write(SnakeCaseNames<EntityStatus>.Of(e.Status));
            writer.Write(',');
            writer.Write(SupervisionTagNames.Format(e.Tags));
            writer.Write(',');
            writer.Write(township);
            writer.Write(',');
            writer.Write(CityNames.Address(township, random));
            writer.Write(',');
            writer.WriteLine(CityNames.Person(random));
        }
    }

    private static void WriteInspectors(StreamWriter writer, CityRegistry registry)
    {
        writer.WriteLine("code,name,unit,conflicts");
        foreach (var i in registry.Inspectors)
        {
            writer.WriteLine($"{i.Code},{i.Name},{i.Unit},{string.Join(';', i.Conflicts.Order(StringComparer.Ordinal))}");
        }
    }

    private static void WriteHistory(StreamWriter writer, CityRegistry registry)
    {
        writer.WriteLine("entity_code,date");
        foreach (var past in registry.History)
        {
            writer.Write(past.EntityCode);
            writer.Write(',');
            writer.WriteLine(past.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>
    /// A short hash of what the generator makes: its version, the sizes, the plans' units and a sample of rows. A file
    /// made by an older generator has another name and is made again.
    /// </summary>
    private static string Fingerprint(CityRegistry registry)
    {
        var text = new StringBuilder(GeneratorVersion).Append('|');
        text.AppendJoin(',', CityPlans.Units.Select(u => u.Code)).Append('|');
        text.Append(CultureInfo.InvariantCulture, $"{registry.Entities.Count}|{registry.Inspectors.Count}|{registry.History.Count}|");
        foreach (var e in registry.Entities.Take(2_000))
        {
            text.Append(CultureInfo.InvariantCulture, $"{e}\n");
        }

        foreach (var i in registry.Inspectors.Take(200))
        {
            text.Append(CultureInfo.InvariantCulture, $"{i.Code}|{i.Unit}|{string.Join(';', i.Conflicts)}\n");
        }

        text.AppendJoin(',', EntityColumns.All);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..12];
    }
}
