using System.Text.Json.Nodes;
using Yaojian.Core.Planning.Files;
using Yaojian.Core.Registry;
using Yaojian.Core.Registry.Grading;

namespace Yaojian.Core.Tests.Planning.Grading;

/// <summary>The plan file's <c>grading:</c> section: read into rules, refused with file, line and field, and normalised.</summary>
public sealed class GradingSectionTests
{
    private const string File = "霍尔果斯-2025.yaml";

    private static readonly string Valid = TestPlans.Header() + TestPlans.PharmacyRules + """
        grading:
          - id: serious
            name: 检查发现严重缺陷的，信用等级降一级
            requirements: [HG-6(3)]
            applies_to: { kind: [retail_pharmacy, chain_store] }
            when: serious_finding
            lower: 1
          - id: not-rectified
            name: 逾期未整改或升级处理的，降一级
            requirements: [HG-6(3)]
            when: [rectification_overdue, rectification_escalated]
            lower: 1
          - id: case
            name: 立案的，降为D级
            requirements: [HG-6(3)]
            when: case_filed
            set: D
          - id: clean
            name: 全年无问题的，升一级
            requirements: [HG-6(3)]
            when: clean_year
            raise: 2
        """;

    [Fact]
    public void Read_TheSection_GivesTheRulesInFileOrder()
    {
        var plan = TestPlans.FromYaml(Valid);

        Assert.Equal(["serious", "not-rectified", "case", "clean"], plan.Grading.Select(g => g.Id));
        Assert.Equal(GradeMove.Lower(1), plan.Grading[0].Move);
        Assert.Equal(new HashSet<EntityKind> { EntityKind.RetailPharmacy, EntityKind.ChainStore }, plan.Grading[0].AppliesTo!.Kinds.ToHashSet());
        Assert.Empty(plan.Grading[0].AppliesTo!.Statuses);
        Assert.Equal(new HashSet<GradingEvent> { GradingEvent.RectificationOverdue, GradingEvent.RectificationEscalated }, plan.Grading[1].When.ToHashSet());
        Assert.Null(plan.Grading[1].AppliesTo);
        Assert.Equal(GradeMove.Set(CreditGrade.D), plan.Grading[2].Move);
        Assert.Equal(GradeMove.Raise(2), plan.Grading[3].Move);
        Assert.Equal(["HG-6(3)"], plan.Grading[3].Requirements);
    }

    [Fact]
    public void Read_NoSection_HasNoGradingRules() =>
        Assert.Empty(TestPlans.FromYaml(Valid[..Valid.IndexOf("grading:", StringComparison.Ordinal)]).Grading);

    [Theory]
    [InlineData("when: serious_finding", "when: fatal_finding", "fatal_finding", "grading[0].when")]
    [InlineData("when: [rectification_overdue, rectification_escalated]", "when: [rectification_overdue, late]", "late]", "grading[1].when[1]")]
    [InlineData("    lower: 1\n  - id: not-rectified", "    lower: 1\n    set: C\n  - id: not-rectified", "set: C", "grading[0].set")]
    [InlineData("    lower: 1\n  - id: not-rectified", "  - id: not-rectified", "- id: serious", "grading[0]")]
    [InlineData("    lower: 1\n  - id: not-rectified", "    lower: 0\n  - id: not-rectified", "lower: 0", "grading[0].lower")]
    [InlineData("raise: 2", "raise: 4", "raise: 4", "grading[3].raise")]
    [InlineData("set: D", "set: E", "set: E", "grading[2].set")]
    [InlineData("set: D", "set: [C, D]", "set: [C, D]", "grading[2].set")]
    [InlineData("    requirements: [HG-6(3)]\n    when: case_filed", "    when: case_filed", "- id: case", "grading[2].requirements")]
    [InlineData("- id: case", "- id: pharmacies", "- id: pharmacies\n    name: 立案", "grading[2].id")]
    [InlineData("- id: clean", "- id: serious", "- id: serious\n    name: 全年", "grading[3].id")]
    [InlineData("    when: case_filed\n", "", "- id: case", "grading[2].when")]
    [InlineData("when: case_filed\n    set: D", "when: case_filed\n    raise: 1", "raise: 1", "grading[2].raise")]
    [InlineData("when: clean_year\n    raise: 2", "when: clean_year\n    lower: 2", "lower: 2", "grading[3].lower")]
    [InlineData("when: clean_year", "when: [clean_year, case_filed]", "when: [clean_year", "grading[3].when")]
    [InlineData("applies_to: { kind: [retail_pharmacy, chain_store] }", "applies_to: { kind: [pharmacy] }", "applies_to", "grading[0].applies_to.kind[0]")]
    public void Read_OneMistake_IsTheOnlyErrorAtItsLineAndField(string find, string replace, string marker, string field)
    {
        var yaml = Change(find, replace);

        var result = PlanFileReader.Read(File, yaml);

        Assert.Null(result.Plan);
        var error = Assert.Single(result.Errors);
        Assert.Equal((File, LineOf(yaml, marker), field), (error.File, error.Line, error.Field));
        Assert.StartsWith($"{File}:{error.Line}: {field}: ", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("when: serious_finding", "when: fatal_finding", "未知的值“fatal_finding”，可用的值：serious_finding、major_finding、rectification_overdue、rectification_escalated、case_filed、clean_year、nonconforming_sample、penalty_decided")]
    [InlineData("    lower: 1\n  - id: not-rectified", "    lower: 1\n    set: C\n  - id: not-rectified", "评级规则须且只须写一种变化：lower（降 N 级）、raise（升 N 级）或 set（定为某级）")]
    [InlineData("    lower: 1\n  - id: not-rectified", "    lower: 4\n  - id: not-rectified", "“4”不是 1 到 3 之间的整数")]
    [InlineData("set: D", "set: E", "未知的值“E”，可用的值：A、B、C、D")]
    [InlineData("    requirements: [HG-6(3)]\n    when: case_filed", "    when: case_filed", "缺少依据：每条评级规则都必须写明所依据的条款编号（requirements）")]
    [InlineData("- id: case", "- id: pharmacies", "编号“pharmacies”已在 rules[0].id 用过，规则、覆盖进度、专项行动和评级规则的编号必须各不相同")]
    [InlineData("when: case_filed\n    set: D", "when: case_filed\n    raise: 1", "检查发现问题、整改逾期、升级处理、立案和行政处罚只能降低信用等级：请用 lower 或 set")]
    [InlineData("when: clean_year\n    raise: 2", "when: clean_year\n    lower: 2", "clean_year（全年无问题）只能提高信用等级：请用 raise 或 set")]
    public void Read_OneMistake_IsExplainedInChinese(string find, string replace, string message)
    {
        var result = PlanFileReader.Read(File, Change(find, replace));

        Assert.Equal(message, Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Read_MisspeltWhen_NamesTheMisspeltKeyAndTheMissingOne()
    {
        var yaml = Change("when: case_filed", "whenever: case_filed");

        var errors = PlanFileReader.Read(File, yaml).Errors;

        Assert.Equal(
            [("grading[2].whenever", LineOf(yaml, "whenever")), ("grading[2].when", LineOf(yaml, "- id: case"))],
            errors.Select(e => (e.Field, e.Line)));
    }

    [Fact]
    public void Json_HasEveryGradingRuleWithEveryFieldFilledIn()
    {
        var json = PlanJson.ToJson(TestPlans.FromYaml(Valid));

        var grading = json["grading"]!.AsArray();
        Assert.Equal(4, grading.Count);
        Assert.Equal(
            """{"id":"serious","name":"检查发现严重缺陷的，信用等级降一级","requirements":["HG-6(3)"],"applies_to":{"kind":["retail_pharmacy","chain_store"],"tags":[],"not_tags":[],"credit_grade":[],"device_tier":[],"area":[],"status":[],"any":[]},"when":["serious_finding"],"lower":1,"raise":null,"set":null}""",
            grading[0]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.Equal(["rectification_overdue", "rectification_escalated"], grading[1]!["when"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Null(grading[1]!["applies_to"]);
        Assert.Equal(("D", (JsonNode?)null), (grading[2]!["set"]!.GetValue<string>(), grading[2]!["lower"]));
        Assert.Equal(2, grading[3]!["raise"]!.GetValue<int>());
    }

    [Fact]
    public void Json_WithoutGrading_HasAnEmptyList() =>
        Assert.Empty(PlanJson.ToJson(TestPlans.FromYaml(Valid[..Valid.IndexOf("grading:", StringComparison.Ordinal)]))["grading"]!.AsArray());

    private static int LineOf(string yaml, string marker)
    {
        var at = yaml.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"no {marker}");
        return yaml[..at].Count(c => c == '\n') + 1;
    }

    private static string Change(string find, string replace)
    {
        Assert.Contains(find, Valid, StringComparison.Ordinal);
        return Valid.Replace(find, replace, StringComparison.Ordinal);
    }
}
