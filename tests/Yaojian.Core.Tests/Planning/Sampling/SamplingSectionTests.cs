using Yaojian.Core.Planning.Files;
using Yaojian.Core.Registry;
using Yaojian.Core.Sampling;

namespace Yaojian.Core.Tests.Planning.Sampling;

/// <summary>The plan file's <c>sampling:</c> section: read into categories and focus lists, refused with file, line and field, normalised.</summary>
public sealed class SamplingSectionTests
{
    private const string File = "喀左-2025.yaml";

    private static readonly string Valid = TestPlans.Header() + TestPlans.PharmacyRules + """
        sampling:
          filing: { target: 100%, requirements: [KZ-D-3.6] }
          categories:
            - id: drug
              name: 药品监督抽检
              requirements: [KZ-D-4.2]
              count: 60
            - id: device
              name: 医疗器械监督抽检
              requirements: [KZ-M-2.5]
          focus:
            - id: follow-up
              name: 上一年度不合格药品跟踪抽检
              requirements: [KZ-D-4.2]
              categories: [drug]
              product: { nonconforming_last_year: true }
            - id: children
              name: 孕产妇及儿童用药
              requirements: [KZ-D-4.2]
              product: { flags: [maternal, paediatric], control_class: [special_compound] }
              count: 12
            - id: rural
              name: 农村地区
              requirements: [KZ-D-4.2]
              select: { area: [rural, fringe], kind: [retail_pharmacy] }
            - id: online
              name: 网售价格异常
              requirements: [KZ-D-4.2]
              sample: { online: true, concerns: [abnormal_price, many_complaints] }
        """;

    [Fact]
    public void Read_TheSection_GivesCategoriesAndFocusListsAsCriteria()
    {
        var sampling = TestPlans.FromYaml(Valid).Sampling!;

        Assert.Equal(1m, sampling.Filing!.Share);
        Assert.Equal(["KZ-D-3.6"], sampling.Filing.Requirements);
        Assert.Equal([("drug", (int?)60), ("device", null)], sampling.Categories.Select(c => (c.Id, c.Count)));
        Assert.Equal(["follow-up", "children", "rural", "online"], sampling.Focus.Select(f => f.Id));
        Assert.Equal(["drug"], sampling.Focus[0].Categories);
        Assert.True(sampling.Focus[0].Product!.NonconformingLastYear);
        Assert.Equal(ProductFlags.Maternal | ProductFlags.Paediatric, sampling.Focus[1].Product!.Flags);
        Assert.Equal([ControlClass.SpecialCompound], sampling.Focus[1].Product!.ControlClasses);
        Assert.Equal(12, sampling.Focus[1].Count);
        Assert.Equal(new HashSet<AreaClass> { AreaClass.Rural, AreaClass.Fringe }, sampling.Focus[2].Select!.Areas.ToHashSet());
        Assert.Empty(sampling.Focus[2].Select!.Statuses);
        Assert.Equal(new SampleCriteria(true, SampleConcerns.AbnormalPrice | SampleConcerns.ManyComplaints), sampling.Focus[3].Sample);
    }

    [Fact]
    public void Read_NoSection_HasNoSamplingPlan() =>
        Assert.Null(TestPlans.FromYaml(Valid[..Valid.IndexOf("sampling:", StringComparison.Ordinal)]).Sampling);

    [Theory]
    [InlineData("categories: [drug]", "categories: [food]", "categories: [food]", "sampling.focus[0].categories", "抽检类别“food”不在本计划的抽检类别中（device、drug）")]
    [InlineData("- id: rural", "- id: drug # 重复", "- id: drug # 重复", "sampling.focus[2].id", "编号“drug”已在 sampling.categories[0].id 用过，抽检类别和重点名单的编号必须各不相同")]
    [InlineData("      select: { area: [rural, fringe], kind: [retail_pharmacy] }\n", "", "- id: rural", "sampling.focus[2]", "重点名单须写明至少一种条件：select（被抽样单位）、product（产品）或 sample（抽样情形）")]
    [InlineData("product: { nonconforming_last_year: true }", "product: { }", "product: { }", "sampling.focus[0].product", "条件为空：请至少写一项，或删去这一条件")]
    [InlineData("nonconforming_last_year: true", "nonconforming_last_year: yes", "nonconforming_last_year: yes", "sampling.focus[0].product.nonconforming_last_year", "未知的值“yes”，可用的值：true")]
    [InlineData("flags: [maternal, paediatric]", "flags: [maternal, infant]", "flags: [maternal, infant]", "sampling.focus[1].product.flags[1]", null)]
    [InlineData("online: true", "online: sometimes", "online: sometimes", "sampling.focus[3].sample.online", "未知的值“sometimes”，可用的值：true、false")]
    [InlineData("concerns: [abnormal_price, many_complaints]", "concerns: [cheap]", "concerns: [cheap]", "sampling.focus[3].sample.concerns[0]", null)]
    [InlineData("count: 60", "count: 0", "count: 0", "sampling.categories[0].count", "“0”不是 1 到 1000000 之间的整数")]
    [InlineData("      requirements: [KZ-M-2.5]\n", "", "- id: device", "sampling.categories[1].requirements", "缺少依据：每个抽检类别、重点名单和立案查处目标都必须写明所依据的条款编号（requirements）")]
    [InlineData("filing: { target: 100%, requirements: [KZ-D-3.6] }", "filing: { target: 100, requirements: [KZ-D-3.6] }", "filing:", "sampling.filing.target", "“100”不是百分比，请写成如 25% 的形式")]
    [InlineData("      count: 12\n", "      amount: 12\n", "amount: 12", "sampling.focus[1].amount", null)]
    public void Read_OneMistake_IsTheOnlyErrorAtItsLineAndField_InChinese(string find, string replace, string marker, string field, string? message)
    {
        var yaml = Change(find, replace);

        var result = PlanFileReader.Read(File, yaml);

        Assert.Null(result.Plan);
        var error = Assert.Single(result.Errors);
        Assert.Equal((File, TestPlans.LineOf(yaml, marker), field), (error.File, error.Line, error.Field));
        if (message is not null)
        {
            Assert.Equal(message, error.Message);
        }
    }

    [Fact]
    public void Read_SectionWithoutCategories_IsRefused()
    {
        var yaml = Valid[..Valid.IndexOf("  categories:", StringComparison.Ordinal)] + "  focus: []\n";

        var error = Assert.Single(PlanFileReader.Read(File, yaml).Errors);

        Assert.Equal(("sampling.categories", "抽检计划至少要有一个抽检类别（categories）"), (error.Field, error.Message));
    }

    [Fact]
    public void Json_HasTheSectionWithEveryFieldFilledIn()
    {
        var json = PlanJson.ToJson(TestPlans.FromYaml(Valid))["sampling"]!;

        Assert.Equal(1m, json["filing"]!["target"]!.GetValue<decimal>());
        Assert.Null(json["categories"]![1]!["count"]);
        var children = json["focus"]![1]!;
        Assert.Equal(["maternal", "paediatric"], children["product"]!["flags"]!.AsArray().Select(n => n!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Equal(["special_compound"], children["product"]!["control_class"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Null(children["select"]);
        Assert.Equal(["fringe", "rural"], json["focus"]![2]!["select"]!["area"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(["abnormal_price", "many_complaints"], json["focus"]![3]!["sample"]!["concerns"]!.AsArray().Select(n => n!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.True(json["focus"]![3]!["sample"]!["online"]!.GetValue<bool>());
    }

    [Fact]
    public void Kazuo_HasTheFocusListsOfKzD42_EachWithItsRequirement_AndTheCitysCountsLeftOut()
    {
        var sampling = TestPlans.Kazuo.Sampling!;

        Assert.Equal(1m, sampling.Filing!.Share);
        Assert.Equal(["KZ-D-3.6", "KZ-D-4.2"], sampling.Filing.Requirements);
        Assert.Equal(["kz-drug-supervisory", "kz-device-supervisory"], sampling.Categories.Select(c => c.Id));
        Assert.All(sampling.Categories, c => Assert.Null(c.Count));
        Assert.All(sampling.Focus, f => Assert.Contains("KZ-D-4.2", f.Requirements));
        Assert.All(sampling.Focus, f => Assert.Null(f.Count));
        Assert.All(sampling.Focus, f => Assert.Equal(["kz-drug-supervisory"], f.Categories));
        Assert.Equal(9, sampling.Focus.Count);
    }

    [Fact]
    public void Kazuo_EveryCategoryAndFocusList_QuotesItsClauseInAComment()
    {
        var lines = System.IO.File.ReadAllLines(Path.Combine(TestPlans.PlansFolder, "kazuo-2025.yaml"));
        var start = Array.IndexOf(lines, "sampling:");
        var entries = Enumerable.Range(start + 1, lines.Length - start - 1).Where(i => lines[i].StartsWith("    - id: ", StringComparison.Ordinal)).ToList();

        Assert.Equal(11, entries.Count);
        Assert.All(entries, i => Assert.True(lines[i - 1].StartsWith("    # ", StringComparison.Ordinal), $"{lines[i].Trim()} quotes no clause"));
    }

    private static string Change(string find, string replace)
    {
        Assert.Contains(find, Valid, StringComparison.Ordinal);
        return Valid.Replace(find, replace, StringComparison.Ordinal);
    }
}
