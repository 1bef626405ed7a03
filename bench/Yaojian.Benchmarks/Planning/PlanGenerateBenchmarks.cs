using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Yaojian.Core.Planning;
using Yaojian.Core.Planning.Files;
using Yaojian.Core.Planning.Interchange;
using Yaojian.Core.Registry.Interchange;

namespace Yaojian.Benchmarks.Planning;

/// <summary>
/// What <c>yaojian plan generate</c> does, step for step (src/Yaojian.Cli/Planning/PlanGenerateCommand.cs and
/// PlanInputs.cs): read and check the plan file, the million-row entity file, the inspectors and history files, run
/// the engine, write the visits file. The files are <see cref="CityFiles"/>' in bench/.cache; each step's time is
/// printed after every iteration (<c>// stages: …</c>).
/// </summary>
[Config(typeof(PlanConfig))]
[MemoryDiagnoser]
public class PlanGenerateBenchmarks
{
    private CityFiles _files = null!;
    private string _planPath = string.Empty;
    private string _output = string.Empty;
    private string _stages = string.Empty;

    public static IEnumerable<string> Plans => CityPlans.Names;

    [ParamsSource(nameof(Plans))]
    public string Plan { get; set; } = CityPlans.Kazuo;

    [GlobalSetup]
    public void Setup()
    {
        _planPath = CityPlans.Write(Plan);
        _files = CityFiles.Ensure(CityRegistry.Generate());
        _output = Path.Combine(Path.GetTempPath(), $"yaojian-bench-visits-{Plan}.csv");
        Console.WriteLine($"// {Plan}: {_files.Entities} ({new FileInfo(_files.Entities).Length / 1e6:N1} MB), " +
            $"{_files.Inspectors}, {_files.History} ({new FileInfo(_files.History).Length / 1e6:N1} MB)");
        PeakMemory.InputsLoaded(PeakMemory.Key(nameof(Generate1M), Plan));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (File.Exists(_output))
        {
            Console.WriteLine($"// {Plan}: wrote {new FileInfo(_output).Length / 1e6:N1} MB of visits");
            File.Delete(_output);
        }
    }

    [IterationSetup]
    public void StartIteration()
    {
        _stages = string.Empty;
        PeakMemory.StartIteration();
    }

    [IterationCleanup]
    public void EndIteration()
    {
        PeakMemory.EndIteration(PeakMemory.Key(nameof(Generate1M), Plan));
        Console.WriteLine($"// stages ({Plan}): {_stages}");
    }

    [Benchmark]
    public int Generate1M()
    {
        var watch = Stopwatch.StartNew();
        var stages = new List<string>();
        void Stage(string name)
        {
            stages.Add(string.Create(CultureInfo.InvariantCulture, $"{name} {watch.Elapsed.TotalSeconds:N2} s"));
            watch.Restart();
        }

        // As the CLI: the history file is read on the other core while the entity file is.
        var historyAhead = Task.Run(() =>
        {
            using var historyFile = File.OpenRead(_files.History);
            var historySheet = SheetReader.Open(historyFile, SheetFormat.Csv);
            return HistoryFile.Parse(Path.GetFileName(_files.History), historySheet.Header, historySheet.Rows);
        });
        var planResult = PlanFileReader.ReadFile(_planPath);
        var plan = planResult.Plan ?? throw new InvalidOperationException(string.Join("; ", planResult.Errors));
        Stage("plan");

        var entities = ReadEntities(plan, Stage);
        Stage("check entities");

        var codes = new HashSet<string>(entities.Count, StringComparer.Ordinal);
        codes.UnionWith(entities.Select(e => e.Code));
        using var inspectorFile = File.OpenRead(_files.Inspectors);
        var inspectorSheet = SheetReader.Open(inspectorFile, SheetFormat.Csv);
        var (inspectors, inspectorErrors) = InspectorFile.Read(Path.GetFileName(_files.Inspectors), inspectorSheet.Header, inspectorSheet.Rows,
            plan.Jurisdiction.Units.Select(u => u.Code).ToHashSet(StringComparer.Ordinal), codes);
        Check(inspectorErrors);
        Stage("inspectors");
        var (history, historyErrors) = HistoryFile.Check(historyAhead.GetAwaiter().GetResult(), codes);
        Check(historyErrors);
        Stage("history");

        var outcome = PlanEngine.Schedule(new PlanRequest(plan, CityPlans.Year, PlanEngineBenchmarks.DrawSeed, entities, inspectors, history));
        if (!outcome.IsComplete)
        {
            throw new InvalidOperationException("Units short of inspectors: " + string.Join("; ", outcome.Shortfalls));
        }

        Stage("engine");
        var temporary = _output + ".tmp";
        using (var stream = File.Create(temporary))
        {
            VisitFile.Write(stream, outcome.Visits);
        }

        File.Move(temporary, _output, overwrite: true);
        Stage("write");
        _stages = string.Join(", ", stages);
        return outcome.Visits.Count;
    }

    /// <summary>As PlanInputs.ReadEntities: rows streamed from the file and checked one by one.</summary>
    private IReadOnlyList<PlanEntity> ReadEntities(PlanDefinition plan, Action<string> stage)
    {
        using var file = File.OpenRead(_files.Entities);
        var sheet = SheetReader.Open(file, SheetFormat.Csv, Path.GetFileName(_files.Entities));
        stage("open entities");
        var units = plan.Jurisdiction.Units.Select((u, i) => (u.Code, Id: i + 1)).ToDictionary(u => u.Code, u => u.Id, StringComparer.Ordinal);
        var codes = units.ToDictionary(p => p.Value, p => p.Key);
        var (entities, errors) = EntityFileValidator.Validate(sheet, units,
            e => new PlanEntity(e.Code, e.Kind, codes[e.UnitId], e.Area, e.CreditGrade, e.DeviceTier, e.Status, e.Tags));
        Check(errors);
        return entities;
    }

    private static void Check(IReadOnlyList<ImportError> errors)
    {
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"{errors.Count} errors, the first: {errors[0]}");
        }
    }
}
