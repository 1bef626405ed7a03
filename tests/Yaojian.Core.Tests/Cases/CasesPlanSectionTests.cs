using System.Text.Json;
using Yaojian.Core.Cases;
using Yaojian.Core.Cases.Limits;
using Yaojian.Core.Common;
using Yaojian.Core.Planning.Files;
using Yaojian.Core.Registry.Grading;
using Yaojian.Core.Tests.Planning;

namespace Yaojian.Core.Tests.Cases;

/// <summary>
/// The plan file's <c>clues:</c>, <c>cases:</c> and <c>calendar:</c>: read into time limits, refused with file, line and
/// field in Chinese, agreed by the JSON schema, normalised; and what the repository's two plans set.
/// </summary>
public sealed class CasesPlanSectionTests
{
    private const string File = "示例-2025.yaml";

    private static readonly string Valid = TestPlans.Header() + TestPlans.PharmacyRules + """
        clues:
          - id: online
            name: 网络监测线索十个工作日内核查
            requirements: [SY-8]
            sources: [online_monitoring]
            within: { working_days: 10 }
            basis: 示例规定第一条
          - id: others
            name: 其他线索十五个工作日内核查
            requirements: [SY-8]
            within: { working_days: 15 }
            extend: { working_days: 15 }
        cases:
          - id: decide
            name: 九十日内作出处理决定
            requirements: [SY-9]
            limit: decide
            within: { days: 90 }
            extend: { days: 30 }
            basis: 程序规定第六十四条
          - id: publish
            name: 二十个工作日内公示
            requirements: [SY-9]
            limit: publish
            within: { working_days: 20 }
            skip_warning_only: true
        calendar:
          holidays: [2025-10-01..2025-10-08, 2025-01-01]
          workdays: [2025-09-28]
          basis: 国务院办公厅关于2025年部分节假日安排的通知
        """;

    [Fact]
    public void Read_TheSections_GiveTheLimitsAndTheCalendar()
    {
        var limits = TestPlans.FromYaml(Valid).CaseLimits;

        Assert.Equal(["online", "others"], limits.Clues.Select(c => c.Id));
        Assert.Equal((LegalPeriod.WorkingDays(10), (LegalPeriod?)null, "示例规定第一条"), (limits.Clues[0].Within, limits.Clues[0].Extend, limits.Clues[0].Basis));
        Assert.Equal("online", limits.ForClue(ClueSource.OnlineMonitoring)!.Id);
        Assert.Equal("others", limits.ForClue(ClueSource.Complaint)!.Id);
        Assert.Equal((LegalPeriod.Days(90), (LegalPeriod?)LegalPeriod.Days(30)), (limits.ForCase(CaseLimitKind.Decide)!.Within, limits.ForCase(CaseLimitKind.Decide)!.Extend));
        Assert.True(limits.ForCase(CaseLimitKind.Publish)!.SkipWarningOnly);
        Assert.Null(limits.ForCase(CaseLimitKind.PoliceAnswer));
        Assert.Equal(9, limits.Calendar.Holidays.Count);
        Assert.False(limits.Calendar.IsWorkingDay(new DateOnly(2025, 10, 8)));
        Assert.True(limits.Calendar.IsWorkingDay(new DateOnly(2025, 9, 28)));

        // Received on the last Friday of September: the Sunday made a working day counts, the National Day week does not
        // (28, 29, 30 September, 9, 10 and 13 to 17 October).
        Assert.Equal(new DateOnly(2025, 10, 17), limits.ClueDue(ClueSource.OnlineMonitoring, new DateOnly(2025, 9, 26)));
    }

    [Fact]
    public void Read_NoSections_SetNoLimit()
    {
        var limits = TestPlans.FromSections(TestPlans.PharmacyRules).CaseLimits;

        Assert.Empty(limits.Clues);
        Assert.Empty(limits.Cases);
        Assert.Null(limits.ClueDue(ClueSource.Complaint, new DateOnly(2025, 3, 15)));
        Assert.Null(limits.CaseDue(CaseLimitKind.Decide, new DateOnly(2025, 3, 15)));
    }

    [Theory]
    [InlineData("sources: [online_monitoring]", "sources: [internet]", "clues[0].sources[0]", "未知的值“internet”")]
    [InlineData("    within: { working_days: 15 }\n    extend", "    extend", "clues[1].within", "必填")]
    [InlineData("within: { working_days: 10 }", "within: { working_days: 10, days: 14 }", "clues[0].within", "期限须且只须写一种：days（日）或 working_days（工作日）")]
    [InlineData("within: { working_days: 10 }", "within: { weeks: 2 }", "clues[0].within.weeks", "未知字段“weeks”")]
    [InlineData("within: { working_days: 10 }", "within: { working_days: 0 }", "clues[0].within.working_days", "“0”")]
    [InlineData("    within: { working_days: 15 }\n    extend", "    sources: [complaint, online_monitoring]\n    within: { working_days: 15 }\n    extend", "clues[1].sources", "线索来源 online_monitoring 已有时限“online”，每种来源只能写一次")]
    [InlineData("  - id: others\n", "  - id: others2\n    name: 又一条\n    requirements: [SY-8]\n    within: { days: 5 }\n  - id: others\n", "clues[2]", "只能有一条不写 sources 的线索时限（适用于其余来源），已有“others2”")]
    [InlineData("limit: publish\n    within: { working_days: 20 }\n    skip_warning_only: true", "limit: decide\n    within: { working_days: 20 }", "cases[1].limit", "办案期限 decide 已在“decide”中规定，每种只能写一次")]
    [InlineData("limit: publish", "limit: register", "cases[1].limit", "未知的值“register”")]
    [InlineData("    within: { working_days: 20 }\n", "    within: { working_days: 20 }\n    extend: { days: 5 }\n", "cases[1].extend", "只有作出处理决定的期限（limit: decide）可以延长（extend）")]
    [InlineData("    extend: { days: 30 }\n", "    extend: { days: 30 }\n    skip_warning_only: true\n", "cases[0].skip_warning_only", "skip_warning_only 只用于公示期限（limit: publish）")]
    [InlineData("2025-01-01]", "2025-1-1]", "calendar.holidays[1]", "日期“2025-1-1”应写作 2025-10-01 或 2025-10-01..2025-10-08")]
    [InlineData("2025-10-01..2025-10-08", "2025-10-08..2025-10-01", "calendar.holidays[0]", "结束日期不能早于开始日期")]
    [InlineData("2025-01-01]", "2027-01-01]", "calendar.holidays[1]", "不在 2024—2026 年之内")]
    [InlineData("workdays: [2025-09-28]", "workdays: [2025-09-29]", "calendar.workdays", "调休上班日 2025-09-29 应是星期六或星期日")]
    [InlineData("workdays: [2025-09-28]", "workdays: [2025-10-04]", "calendar.workdays", "2025-10-04 不能既是节假日又是调休上班日")]
    [InlineData("  basis: 国务院", "  source: 国务院", "calendar.source", "未知字段“source”")]
    [InlineData("    requirements: [SY-9]\n    limit: decide", "    limit: decide", "cases[0].requirements", "缺少依据")]
    public void Read_OneMistake_NamesTheFieldAndExplainsItInChinese(string find, string replace, string field, string message)
    {
        var result = PlanFileReader.Read(File, Change(find, replace));

        var error = Assert.Single(result.Errors);
        Assert.Equal((File, field), (error.File, error.Field));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.True(error.Line > 1);
    }

    [Theory]
    [InlineData("sources: [online_monitoring]", "sources: [internet]")]
    [InlineData("within: { working_days: 10 }", "within: { working_days: 10, days: 14 }")]
    [InlineData("within: { working_days: 10 }", "within: { weeks: 2 }")]
    [InlineData("within: { working_days: 10 }", "within: { working_days: 0 }")]
    [InlineData("limit: publish", "limit: register")]
    [InlineData("    within: { working_days: 20 }\n", "    within: { working_days: 20 }\n    extend: { days: 5 }\n")]
    [InlineData("    extend: { days: 30 }\n", "    extend: { days: 30 }\n    skip_warning_only: true\n")]
    [InlineData("2025-01-01]", "2025-1-1]")]
    [InlineData("  basis: 国务院", "  source: 国务院")]
    [InlineData("    name: 九十日内作出处理决定\n", "")]
    public void Schema_RefusesWhatTheReaderRefuses(string find, string replace)
    {
        var yaml = Change(find, replace);

        Assert.False(PlanSchemaYaml.Evaluate(yaml).IsValid, "the schema accepts it");
        Assert.False(PlanFileReader.Read(File, yaml).IsValid, "the reader accepts it");
    }

    [Fact]
    public void Schema_AcceptsTheValidSections_AndNamesEveryClueSource()
    {
        Assert.True(PlanSchemaYaml.Evaluate(Valid).IsValid, PlanSchemaYaml.Describe(PlanSchemaYaml.Evaluate(Valid)));
        using var schema = JsonDocument.Parse(System.IO.File.ReadAllText(PlanSchemaYaml.SchemaFile));
        var defs = schema.RootElement.GetProperty("$defs");
        Assert.Equal(SnakeCaseNames<ClueSource>.All.Order(StringComparer.Ordinal), defs.GetProperty("clueSource").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(SnakeCaseNames<CaseLimitKind>.All.Order(StringComparer.Ordinal),
            defs.GetProperty("caseLimit").GetProperty("properties").GetProperty("limit").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Json_HasEveryLimitWithItsPeriodsAndTheCalendarDayByDay()
    {
        var json = PlanJson.ToJson(TestPlans.FromYaml(Valid));
        var options = new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        Assert.Equal(
            """{"id":"online","name":"网络监测线索十个工作日内核查","requirements":["SY-8"],"sources":["online_monitoring"],"within":{"unit":"working_days","amount":10},"extend":null,"basis":"示例规定第一条"}""",
            json["clues"]![0]!.ToJsonString(options));
        Assert.Null(json["clues"]![1]!["sources"]);
        Assert.Equal("police_answer", SnakeCaseNames<CaseLimitKind>.Of(CaseLimitKind.PoliceAnswer));
        Assert.Equal(("decide", 30), (json["cases"]![0]!["limit"]!.GetValue<string>(), json["cases"]![0]!["extend"]!["amount"]!.GetValue<int>()));
        Assert.Equal(9, json["calendar"]!["holidays"]!.AsArray().Count);
        Assert.Equal("2025-09-28", json["calendar"]!["workdays"]![0]!.GetValue<string>());
    }

    [Theory]
    [InlineData("kazuo-2025.yaml", "KZ-M-2.6")]
    [InlineData("khorgos-2025.yaml", "HG-3.2(3)")]
    public void RepositoryPlans_SetTheNationalLimits_OnlineCluesTheirOwn_AndGradeAPenalty(string file, string online)
    {
        var plan = PlanFileReader.ReadFile(Path.Combine(TestPlans.PlansFolder, file)).Plan!;
        var limits = plan.CaseLimits;

        Assert.Contains(online, limits.ForClue(ClueSource.OnlineMonitoring)!.Requirements);
        Assert.NotSame(limits.ForClue(ClueSource.OnlineMonitoring), limits.ForClue(ClueSource.Complaint));
        Assert.All(Enum.GetValues<ClueSource>(), s => Assert.Equal(LegalPeriod.WorkingDays(15), limits.ForClue(s)!.Within));
        Assert.All(limits.Clues, c => Assert.Equal("《市场监督管理行政处罚程序规定》第十八条", c.Basis));
        Assert.Equal((LegalPeriod.Days(90), (LegalPeriod?)LegalPeriod.Days(30)), (limits.ForCase(CaseLimitKind.Decide)!.Within, limits.ForCase(CaseLimitKind.Decide)!.Extend));
        Assert.Equal(LegalPeriod.WorkingDays(20), limits.ForCase(CaseLimitKind.Publish)!.Within);
        Assert.Equal(LegalPeriod.Days(3), limits.ForCase(CaseLimitKind.PoliceAnswer)!.Within);
        Assert.All(limits.Cases, c => Assert.False(string.IsNullOrEmpty(c.Basis)));
        Assert.Equal(28, limits.Calendar.Holidays.Count);
        Assert.Equal(5, limits.Calendar.Workdays.Count);
        var penalty = Assert.Single(plan.Grading, g => g.When.Contains(GradingEvent.PenaltyDecided));
        Assert.Contains(file.StartsWith("kazuo", StringComparison.Ordinal) ? "KZ-D-4.5" : "HG-6(3)", penalty.Requirements);
    }

    private static string Change(string find, string replace)
    {
        Assert.Contains(find, Valid, StringComparison.Ordinal);
        return Valid.Replace(find, replace, StringComparison.Ordinal);
    }
}
