using System.Globalization;
using System.Text.Json.Nodes;
using Yaojian.Core.Common;
using Yaojian.Core.Planning;
using Yaojian.Core.Planning.Files;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Tests.Planning;

/// <summary>Plans for the tests: the two plan files of the repository, plans read from YAML snippets, and plans built from records.</summary>
public static class TestPlans
{
    private static readonly Lazy<string> Root = new(FindRoot);
    private static readonly Lazy<PlanDefinition> KazuoPlan = new(() => Read("kazuo-2025.yaml"));
    private static readonly Lazy<PlanDefinition> KhorgosPlan = new(() => Read("khorgos-2025.yaml"));

    /// <summary>The repository root: the first folder above the test binaries that holds Yaojian.slnx.</summary>
    public static string RepositoryRoot => Root.Value;

    public static string PlansFolder => Path.Combine(RepositoryRoot, "plans");

    public static PlanDefinition Kazuo => KazuoPlan.Value;

    public static PlanDefinition Khorgos => KhorgosPlan.Value;

    /// <summary>The units of a plan file: the stations are the ones entities belong to (属地).</summary>
    public static string[] Stations(PlanDefinition plan) =>
        [.. plan.Jurisdiction.Units.Where(u => u.Kind == OrgUnitKind.Station).Select(u => u.Code)];

    public static string[] UnitCodes(PlanDefinition plan) => [.. plan.Jurisdiction.Units.Select(u => u.Code)];

    /// <summary>Reads a plan from YAML, failing the test with every error when it is not valid.</summary>
    public static PlanDefinition FromYaml(string yaml, string file = "test.yaml")
    {
        var result = PlanFileReader.Read(file, yaml);
        Assert.True(result.Errors.Count == 0, "the plan has errors:\n" + string.Join('\n', result.Errors));
        return Assert.IsType<PlanDefinition>(result.Plan);
    }

    /// <summary>A plan file with the three units of the random registries and the given YAML for rules (and more).</summary>
    public static PlanDefinition FromSections(string sections, int year = 2025) => FromYaml(Header(year) + sections);

    /// <summary>A <c>rules</c> section of one rule, <c>pharmacies</c>, for tests of the other sections.</summary>
    public const string PharmacyRules = """
        rules:
          - id: pharmacies
            name: 药店每年
            requirements: [HG-5(1)]
            select: { kind: [retail_pharmacy] }
            frequency: { every: year }
            lead: u3

        """;

    public static string Header(int year = 2025) => $$"""
        format: 1
        id: test-plan
        title: 测试计划
        year: {{year}}
        jurisdiction:
          name: 测试县
          units:
            - { code: u1, name: 一所, kind: station }
            - { code: u2, name: 二所, kind: station }
            - { code: u3, name: 药品监管科, kind: section }

        """;

    /// <summary>The 1-based number of the first line of <paramref name="text"/> that contains <paramref name="marker"/>.</summary>
    public static int LineOf(string text, string marker)
    {
        var lines = text.Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains(marker, StringComparison.Ordinal));
        Assert.True(index >= 0, $"no line contains {marker}");
        return index + 1;
    }

    public static PlanDefinition Plan(
        int year,
        IReadOnlyList<InspectionRule> rules,
        IReadOnlyList<CoverageMilestone>? milestones = null,
        IReadOnlyList<SpecialCampaign>? campaigns = null,
        int perVisit = 2) =>
        new(
            "random-plan",
            "随机计划",
            year,
            null,
            new PlanJurisdiction("测试县", null, null, [.. PlanGenerators.Units.Select(u => new PlanUnit(u, u, OrgUnitKind.Station, []))]),
            new DrawSettings(perVisit, ["national-practice"]),
            rules,
            milestones ?? [],
            campaigns ?? [],
            new Dictionary<string, JsonNode?>());

    public static InspectionRule Rule(string id, Frequency frequency, EntitySelector select, string? lead = null) =>
        new(id, id, ["TEST-" + id], select, frequency, new LeadUnit(lead), []);

    public static EntitySelector Select(
        IEnumerable<EntityKind> kinds,
        IEnumerable<CreditGrade>? grades = null,
        IEnumerable<DeviceTier>? tiers = null,
        IEnumerable<EntityStatus>? statuses = null) =>
        EntitySelector.Everything with
        {
            Kinds = kinds.ToHashSet(),
            Grades = (grades ?? []).ToHashSet(),
            Tiers = (tiers ?? []).ToHashSet(),
            Statuses = statuses is null ? EntitySelector.ActiveOnly : statuses.ToHashSet(),
        };

    /// <summary>The rules of a plan, one line each, for the description of a failing case.</summary>
    public static string Describe(PlanDefinition plan) =>
        $"plan year {plan.Year}, {plan.Draw.InspectorsPerVisit} inspectors a visit\n" + string.Join('\n', plan.SchedulingRules.Select(Describe));

    public static string Describe(InspectionRule rule)
    {
        var frequency = rule.Frequency switch
        {
            PeriodicFrequency p => "every " + SnakeCaseNames<CalendarPeriod>.Of(p.Period),
            EveryNYearsFrequency n => string.Create(CultureInfo.InvariantCulture, $"every {n.Years} years"),
            RandomShareFrequency r => string.Create(CultureInfo.InvariantCulture, $"random {r.Share:P0} within {r.FullCoverageYears} years"),
            _ => rule.Frequency.GetType().Name,
        };
        var kinds = string.Join(',', rule.Select.Kinds.Order().Select(SnakeCaseNames<EntityKind>.Of));
        var grades = string.Join(',', rule.Select.Grades.Order());
        return $"  {rule.Id}: {frequency} kinds=[{kinds}] grades=[{grades}] lead={rule.Lead}";
    }

    private static PlanDefinition Read(string name)
    {
        var result = PlanFileReader.ReadFile(Path.Combine(PlansFolder, name));
        Assert.True(result.Errors.Count == 0, $"{name} has errors:\n" + string.Join('\n', result.Errors));
        return Assert.IsType<PlanDefinition>(result.Plan);
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Yaojian.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Yaojian.slnx not found above " + AppContext.BaseDirectory);
    }
}
