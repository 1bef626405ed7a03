using System.Text.Json;
using Yaojian.Core.Common;
using Yaojian.Core.Planning;
using Yaojian.Core.Planning.Checklists;
using Yaojian.Core.Planning.Files;
using Yaojian.Core.Registry;
using Yaojian.Core.Registry.Grading;

namespace Yaojian.Core.Tests.Planning;

/// <summary>
/// plans/plan-file.schema.json (what a YAML editor checks) against the plan files and against
/// <see cref="PlanFileReader"/> (the authority): the real plans pass both, broken ones fail both.
/// </summary>
public sealed class PlanSchemaTests
{
    /// <summary>A small plan using every section: the three kinds of frequency, a milestone, two campaigns, a routine
    /// checklist and one linked to a campaign, grading rules of each kind of change.</summary>
    private const string Plan = """
        format: 1
        id: shiyi-2025
        title: 示例县2025年药品医疗器械监督检查计划
        year: 2025
        source: 示例县市场监督管理局
        jurisdiction:
          name: 示例县
          bureau: 示例县市场监督管理局
          division_code: "219999"
          population: 250000
          units:
            - { code: drug-office, name: 药品安全监督管理室, kind: office }
            - { code: east-station, name: 东城市场监督管理所, kind: station, territory: [东城街道, 东山镇] }
        draw:
          inspectors_per_visit: 2
          requirements: [national-practice]
        rules:
          - id: retail-yearly
            name: 药品零售企业每年全覆盖
            requirements: [SY-1]
            select: { kind: [retail_pharmacy, chain_store], not_tags: [temporary_site] }
            frequency: { every: year }
            lead: territorial
          - id: device-tier-2
            name: 二级监管器械经营企业每两年一次
            requirements: [SY-3]
            select: { kind: [device_operator], device_tier: [2] }
            frequency: { every_years: 2 }
            lead: drug-office
            assist: [east-station]
          - id: device-tier-1
            name: 一级监管器械经营企业每年抽取50%
            requirements: [SY-3]
            select: { kind: [device_operator], device_tier: [1], area: [rural, fringe] }
            frequency: { random_share: 50%, full_coverage_years: 2 }
            lead: drug-office
        milestones:
          - id: special-drugs
            name: 特殊药品经营企业覆盖进度
            requirements: [SY-4]
            select:
              status: [active]
              any:
                - { tags: [special_drugs] }
                - { kind: [cdc], credit_grade: [C, D] }
            targets:
              - { by: 2025-06-30, share: 50% }
              - { by: 2025-12-31, share: 100% }
        campaigns:
          - id: cleanup
            name: 失联、僵尸备案企业清理
            requirements: [SY-5]
            mode: special
            select: { status: [lost_contact, zombie] }
            target_count: all
            start: 2025-03-01
            deadline: 2025-06-30
            lead: territorial
            partners: [health_commission]
            focus: [核实是否仍在经营]
          - id: online
            name: 网络销售专项检查
            requirements: [SY-6]
            select: { tags: [online_sales] }
            target_count: 3
            lead: drug-office
        checklists:
          - id: retail
            version: 1
            name: 药品零售企业检查表
            requirements: [SY-1]
            applies_to: { kind: [retail_pharmacy, chain_store, franchise_store] }
            items:
              - { id: channels, text: 从合法渠道购进药品, requirements: [SY-1], severity_hint: major, group: 购进 }
              - { id: rx, text: 处方药凭处方销售, requirements: [SY-1] }
          - id: online-list
            version: 2
            name: 网络销售专项检查表
            requirements: [SY-6]
            campaign: online
            items:
              - id: display
                text: 处方药区分展示
                requirements: SY-6
        grading:
          - id: serious-finding
            name: 检查发现严重缺陷的，信用等级降一级
            requirements: [SY-7]
            applies_to: { kind: [retail_pharmacy, chain_store] }
            when: serious_finding
            lower: 1
          - id: not-rectified
            name: 逾期未整改或升级处理的，降一级
            requirements: [SY-7]
            when: [rectification_overdue, rectification_escalated]
            lower: 1
          - id: case-filed
            name: 立案的，降为D级
            requirements: [SY-7]
            when: case_filed
            set: D
          - id: clean-year
            name: 全年无问题的，升一级
            requirements: SY-7
            when: clean_year
            raise: 1
        sampling:
          filing: { target: 100%, requirements: [SY-8] }
          categories:
            - { id: drug-sampling, name: 药品监督抽检, requirements: [SY-8], count: 30 }
            - { id: device-sampling, name: 医疗器械监督抽检, requirements: [SY-8] }
          focus:
            - { id: follow-up, name: 上一年度不合格跟踪抽检, requirements: [SY-8], categories: [drug-sampling], product: { nonconforming_last_year: true } }
            - { id: children, name: 孕产妇及儿童用药, requirements: [SY-8], product: { flags: [maternal, paediatric], control_class: special_compound } }
            - { id: rural, name: 农村地区, requirements: [SY-8], select: { area: [rural, fringe] }, count: 5 }
            - { id: online, name: 网售价格异常, requirements: [SY-8], sample: { online: true, concerns: [abnormal_price] } }
        targets:
          adr_per_million: 1000
        """;

    public static TheoryData<string> PlanFiles =>
        [.. Directory.GetFiles(PlanSchemaYaml.PlansFolder, "*.yaml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Fact]
    public void PlansFolder_HasPlanFiles() => Assert.NotEmpty(PlanFiles);

    [Theory]
    [MemberData(nameof(PlanFiles))]
    public void PlanFile_IsValidAgainstTheSchema(string file)
    {
        var results = PlanSchemaYaml.Evaluate(File.ReadAllText(Path.Combine(PlanSchemaYaml.PlansFolder, file)));
        Assert.True(results.IsValid, PlanSchemaYaml.Describe(results));
    }

    [Theory]
    [MemberData(nameof(PlanFiles))]
    public void PlanFile_IsValidForTheReader(string file)
    {
        var result = PlanFileReader.ReadFile(Path.Combine(PlanSchemaYaml.PlansFolder, file));
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
    }

    [Theory]
    [MemberData(nameof(PlanFiles))]
    public void PlanFile_NamesTheSchemaForEditors(string file) =>
        Assert.StartsWith("# yaml-language-server: $schema=plan-file.schema.json", File.ReadAllText(Path.Combine(PlanSchemaYaml.PlansFolder, file)), StringComparison.Ordinal);

    [Fact]
    public void ExamplePlan_IsValidForBoth()
    {
        var results = PlanSchemaYaml.Evaluate(Plan);
        Assert.True(results.IsValid, PlanSchemaYaml.Describe(results));
        var read = PlanFileReader.Read("plan.yaml", Plan);
        Assert.True(read.IsValid, string.Join(Environment.NewLine, read.Errors));
    }

    [Fact]
    public void Yaml_BecomesJsonAsAnEditorSeesIt()
    {
        var json = PlanSchemaYaml.ToJson(Plan)!;
        Assert.Equal(JsonValueKind.Number, json["year"]!.GetValueKind());
        Assert.Equal(JsonValueKind.String, json["jurisdiction"]!["division_code"]!.GetValueKind());
        Assert.Equal("2025-06-30", json["milestones"]![0]!["targets"]![0]!["by"]!.GetValue<string>());
        Assert.Equal("50%", json["rules"]![2]!["frequency"]!["random_share"]!.GetValue<string>());
        Assert.Equal(2, json["rules"]![1]!["select"]!["device_tier"]![0]!.GetValue<long>());
    }

    [Theory]
    [InlineData("kind: [retail_pharmacy, chain_store]", "kind: [pharmacy, chain_store]")]
    [InlineData("    frequency: { every: year }", "    frequncy: { every: year }")]
    [InlineData("random_share: 50%", "random_share: 50")]
    [InlineData("{ by: 2025-06-30, share: 50% }", "{ by: 2025-6-30, share: 50% }")]
    public void Schema_RefusesTheCommonMistakes(string find, string replace)
    {
        var results = PlanSchemaYaml.Evaluate(Broken(find, replace));
        Assert.False(results.IsValid);
    }

    /// <summary>Each of these is refused by the schema and by the reader alike.</summary>
    [Theory]
    [InlineData("unknown entity kind", "kind: [retail_pharmacy, chain_store]", "kind: [pharmacy, chain_store]")]
    [InlineData("unknown tag", "not_tags: [temporary_site]", "not_tags: [temporary]")]
    [InlineData("unknown field in a rule", "    frequency: { every: year }", "    frequncy: { every: year }")]
    [InlineData("unknown top-level field", "checklists:", "checklist:")]
    [InlineData("share without %", "random_share: 50%", "random_share: 50")]
    [InlineData("date not ISO", "{ by: 2025-06-30, share: 50% }", "{ by: 2025-6-30, share: 50% }")]
    [InlineData("two frequencies", "{ every: year }", "{ every: year, every_years: 2 }")]
    [InlineData("no frequency at all", "{ every: year }", "{ }")]
    [InlineData("random share without its cycle", "{ random_share: 50%, full_coverage_years: 2 }", "{ random_share: 50% }")]
    [InlineData("unknown period", "{ every: year }", "{ every: week }")]
    [InlineData("every_years below 2", "{ every_years: 2 }", "{ every_years: 1 }")]
    [InlineData("status inside any", "- { tags: [special_drugs] }", "- { tags: [special_drugs], status: [active] }")]
    [InlineData("any inside any", "- { tags: [special_drugs] }", "- { any: [] }")]
    [InlineData("device tier 3", "device_tier: [2]", "device_tier: [3]")]
    [InlineData("credit grade E", "credit_grade: [C, D]", "credit_grade: [C, E]")]
    [InlineData("unknown unit kind", "kind: office }", "kind: bureau }")]
    [InlineData("unknown campaign mode", "mode: special", "mode: secret")]
    [InlineData("unknown partner", "partners: [health_commission]", "partners: [tax]")]
    [InlineData("target count zero", "target_count: 3", "target_count: 0")]
    [InlineData("target count word", "target_count: 3", "target_count: some")]
    [InlineData("format 2", "format: 1", "format: 2")]
    [InlineData("year out of range", "year: 2025", "year: 1999")]
    [InlineData("rule id with a space", "id: retail-yearly", "id: retail yearly")]
    [InlineData("rule without lead", "    lead: territorial\n  - id: device-tier-2", "  - id: device-tier-2")]
    [InlineData("rule without requirements", "requirements: [SY-1]", "requirements: []")]
    [InlineData("milestone without targets", "    targets:\n", "    targetz:\n")]
    [InlineData("no units", "    - { code: drug-office, name: 药品安全监督管理室, kind: office }\n    - { code: east-station, name: 东城市场监督管理所, kind: station, territory: [东城街道, 东山镇] }\n", "")]
    [InlineData("inspectors per visit 1", "inspectors_per_visit: 2", "inspectors_per_visit: 1")]
    [InlineData("unit without kind", ", kind: office }", " }")]
    [InlineData("selector not a mapping", "select: { status: [lost_contact, zombie] }", "select: [lost_contact]")]
    [InlineData("checklist item without requirements", "requirements: [SY-1], severity_hint", "requirements: [], severity_hint")]
    [InlineData("checklist without items", "    items:\n      - id: display\n        text: 处方药区分展示\n        requirements: SY-6\n", "    items: []\n")]
    [InlineData("unknown severity hint", "severity_hint: major", "severity_hint: fatal")]
    [InlineData("checklist without applies_to or campaign", "    campaign: online\n", "")]
    [InlineData("checklist version 0", "version: 2", "version: 0")]
    [InlineData("checklist without version", "    version: 1\n", "")]
    [InlineData("unknown field in a checklist item", "group: 购进", "grp: 购进")]
    [InlineData("checklist item without text", "text: 处方药凭处方销售, ", "")]
    [InlineData("checklist id with a space", "id: online-list", "id: online list")]
    [InlineData("unknown grading event", "when: serious_finding", "when: fatal_finding")]
    [InlineData("unknown grading event in a list", "when: [rectification_overdue, rectification_escalated]", "when: [rectification_overdue, late]")]
    [InlineData("grading rule without when", "    when: case_filed\n", "")]
    [InlineData("both lower and set", "    lower: 1\n  - id: not-rectified", "    lower: 1\n    set: C\n  - id: not-rectified")]
    [InlineData("no change at all", "    lower: 1\n  - id: not-rectified", "  - id: not-rectified")]
    [InlineData("a step of 0", "    lower: 1\n  - id: not-rectified", "    lower: 0\n  - id: not-rectified")]
    [InlineData("a step above 3", "raise: 1", "raise: 4")]
    [InlineData("grade E", "set: D", "set: E")]
    [InlineData("grading rule without requirements", "    requirements: [SY-7]\n    when: case_filed", "    when: case_filed")]
    [InlineData("unknown field in a grading rule", "when: case_filed", "when: case_filed\n    reason: 立案")]
    [InlineData("raising on bad news", "when: case_filed\n    set: D", "when: case_filed\n    raise: 1")]
    [InlineData("lowering on a clean year", "when: clean_year\n    raise: 1", "when: clean_year\n    lower: 1")]
    [InlineData("clean year with bad news", "when: clean_year", "when: [clean_year, case_filed]")]
    [InlineData("grading id with a space", "id: case-filed", "id: case filed")]
    [InlineData("unknown product flag", "flags: [maternal, paediatric]", "flags: [maternal, infant]")]
    [InlineData("unknown control class", "control_class: special_compound", "control_class: opioid")]
    [InlineData("unknown concern", "concerns: [abnormal_price]", "concerns: [cheap]")]
    [InlineData("online not a boolean", "online: true", "online: sometimes")]
    [InlineData("follow-up false", "nonconforming_last_year: true", "nonconforming_last_year: false")]
    [InlineData("empty product criteria", "product: { nonconforming_last_year: true }", "product: { }")]
    [InlineData("focus list without criteria", ", sample: { online: true, concerns: [abnormal_price] }", "")]
    [InlineData("sampling count zero", "count: 30", "count: 0")]
    [InlineData("sampling category without requirements", "name: 医疗器械监督抽检, requirements: [SY-8] }", "name: 医疗器械监督抽检 }")]
    [InlineData("unknown field in a focus list", "select: { area: [rural, fringe] }, count: 5", "select: { area: [rural, fringe] }, amount: 5")]
    [InlineData("filing target without %", "target: 100%", "target: 100")]
    [InlineData("sampling without categories", "  categories:\n    - { id: drug-sampling, name: 药品监督抽检, requirements: [SY-8], count: 30 }\n    - { id: device-sampling, name: 医疗器械监督抽检, requirements: [SY-8] }\n", "")]
    public void BrokenPlan_IsRefusedByBoth(string mistake, string find, string replace)
    {
        var yaml = Broken(find, replace);
        var results = PlanSchemaYaml.Evaluate(yaml);
        var read = PlanFileReader.Read("plan.yaml", yaml);
        Assert.False(results.IsValid, $"{mistake}: the schema accepts it");
        Assert.False(read.IsValid, $"{mistake}: the reader accepts it");
    }

    [Fact]
    public void PlanWithoutRulesOrCountedCampaign_IsRefusedByBoth()
    {
        var yaml = Plan[..Plan.IndexOf("rules:", StringComparison.Ordinal)];
        Assert.False(PlanSchemaYaml.Evaluate(yaml).IsValid);
        Assert.False(PlanFileReader.Read("plan.yaml", yaml).IsValid);
    }

    /// <summary>Each of these is accepted by the schema and by the reader alike.</summary>
    [Theory]
    [InlineData("single value without brackets", "kind: [retail_pharmacy, chain_store]", "kind: retail_pharmacy")]
    [InlineData("milestone lead given", "      - { by: 2025-12-31, share: 100% }\n", "      - { by: 2025-12-31, share: 100% }\n    lead: east-station\n")]
    [InlineData("no draw section", "draw:\n  inspectors_per_visit: 2\n  requirements: [national-practice]\n", "")]
    [InlineData("decimal share", "random_share: 50%", "random_share: 62.5%")]
    [InlineData("half-year period", "{ every: year }", "{ every: half_year }")]
    [InlineData("campaign listed only", "    target_count: 3\n", "")]
    [InlineData("extensions of any shape", "adr_per_million: 1000", "adr_per_million: [1000, { per: million }]")]
    [InlineData("checklist for a campaign's visits of some entities", "    campaign: online\n", "    campaign: online\n    applies_to: { tags: [online_sales] }\n")]
    [InlineData("single requirement without brackets", "requirements: [SY-1] }", "requirements: SY-1 }")]
    [InlineData("severity hint serious", "severity_hint: major", "severity_hint: serious")]
    [InlineData("grading applies to lost-contact entities only", "applies_to: { kind: [retail_pharmacy, chain_store] }\n    when", "applies_to: { status: [lost_contact] }\n    when")]
    [InlineData("set on a clean year", "when: clean_year\n    raise: 1", "when: clean_year\n    set: A")]
    [InlineData("clean year as a one-item list", "when: clean_year", "when: [clean_year]")]
    [InlineData("three steps", "raise: 1", "raise: 3")]
    [InlineData("single product flag without brackets", "flags: [maternal, paediatric]", "flags: maternal")]
    [InlineData("offline focus list", "online: true, concerns: [abnormal_price]", "online: false")]
    [InlineData("focus list of a device category", "categories: [drug-sampling]", "categories: [device-sampling]")]
    public void VariantPlan_IsAcceptedByBoth(string variant, string find, string replace)
    {
        var yaml = Broken(find, replace);
        var results = PlanSchemaYaml.Evaluate(yaml);
        var read = PlanFileReader.Read("plan.yaml", yaml);
        Assert.True(results.IsValid, $"{variant}: {PlanSchemaYaml.Describe(results)}");
        Assert.True(read.IsValid, $"{variant}: {string.Join(Environment.NewLine, read.Errors)}");
    }

    [Fact]
    public void CampaignWithCountAndNoRules_IsAcceptedByBoth()
    {
        var start = Plan.IndexOf("rules:", StringComparison.Ordinal);
        var yaml = Plan[..start] + Plan[Plan.IndexOf("milestones:", StringComparison.Ordinal)..];
        var results = PlanSchemaYaml.Evaluate(yaml);
        Assert.True(results.IsValid, PlanSchemaYaml.Describe(results));
        Assert.True(PlanFileReader.Read("plan.yaml", yaml).IsValid);
    }

    [Fact]
    public void PlanWithoutGrading_IsAcceptedByBoth()
    {
        var yaml = Plan[..Plan.IndexOf("\ngrading:", StringComparison.Ordinal)] + Plan[Plan.IndexOf("\ntargets:", StringComparison.Ordinal)..];
        Assert.True(PlanSchemaYaml.Evaluate(yaml).IsValid);
        Assert.True(PlanFileReader.Read("plan.yaml", yaml).IsValid);
    }

    [Fact]
    public void SchemaIdentifiers_AreTheCodes()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(PlanSchemaYaml.SchemaFile));
        var defs = schema.RootElement.GetProperty("$defs");
        HashSet<string> Values(string name) => [.. defs.GetProperty(name).GetProperty("enum").EnumerateArray().Select(e => e.ToString())];

        Assert.Equal(SnakeCaseNames<EntityKind>.All.ToHashSet(), Values("entityKind"));
        Assert.Equal(SnakeCaseNames<SupervisionTags>.All.Where(n => n != "none").ToHashSet(), Values("tag"));
        Assert.Equal(SnakeCaseNames<EntityStatus>.All.ToHashSet(), Values("status"));
        Assert.Equal(SnakeCaseNames<AreaClass>.All.ToHashSet(), Values("area"));
        Assert.Equal(SnakeCaseNames<OrgUnitKind>.All.ToHashSet(), Values("unitKind"));
        Assert.Equal(SnakeCaseNames<CalendarPeriod>.All.ToHashSet(), Values("period"));
        Assert.Equal(System.Enum.GetNames<CreditGrade>().ToHashSet(), Values("creditGrade"));
        Assert.Equal(System.Enum.GetValues<DeviceTier>().Select(t => ((int)t).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToHashSet(), Values("deviceTier"));
        Assert.Equal(CampaignReader.Modes.ToHashSet(), Values("mode"));
        Assert.Equal(CampaignReader.PartnerNames.ToHashSet(), Values("partner"));
        Assert.Equal(SnakeCaseNames<ChecklistSeverity>.All.ToHashSet(), Values("severityHint"));
        Assert.Equal(SnakeCaseNames<GradingEvent>.All.ToHashSet(), Values("gradingEvent"));
        Assert.Equal(SnakeCaseNames<ProductFlags>.All.Where(n => n != "none").ToHashSet(), Values("productFlag"));
        Assert.Equal(SnakeCaseNames<ControlClass>.All.Where(n => n != "none").ToHashSet(), Values("controlClass"));
        Assert.Equal(SnakeCaseNames<Yaojian.Core.Sampling.SampleConcerns>.All.Where(n => n != "none").ToHashSet(), Values("concern"));
    }

    private static string Broken(string find, string replace)
    {
        Assert.Contains(find, Plan, StringComparison.Ordinal);
        return Plan.Replace(find, replace, StringComparison.Ordinal);
    }
}
