using Yaojian.Core.Planning.Files;

namespace Yaojian.Core.Tests.Planning.Checklists;

/// <summary>A wrong <c>checklists</c> section is refused like the rest of the plan file: file, line, field and a Chinese reason.</summary>
public sealed class ChecklistErrorTests
{
    private const string File = "霍尔果斯-2025.yaml";

    private static readonly string Valid = TestPlans.Header() + TestPlans.PharmacyRules + """
        campaigns:
          - id: narcotics
            name: 麻精专项
            requirements: [HG-3.2(2)]
            select: { tags: [special_drugs] }
            lead: u3
        checklists:
          - id: retail
            version: 1
            name: 零售检查表
            requirements: [HG-2.2(1)]
            applies_to: { kind: [retail_pharmacy] }
            items:
              - id: channels
                text: 药品购进渠道合法
                requirements: [HG-2.2(1), KZ-D-3.4]
                severity_hint: major
                group: 购进
              - { id: expiry, text: 无过期药品, requirements: [HG-2.2(1)] }
          - id: narcotics-list
            version: 2
            name: 麻精专项检查表
            requirements: [HG-3.2(2)]
            campaign: narcotics
            items:
              - { id: flow, text: 核实药品流向, requirements: [HG-3.2(2)] }
        """;

    [Fact]
    public void Read_TheUnchangedFile_IsValid()
    {
        var result = PlanFileReader.Read(File, Valid);

        Assert.Empty(result.Errors);
        Assert.Equal(["retail", "narcotics-list"], result.Plan!.Checklists.Select(c => c.Id));
    }

    [Theory]
    [InlineData("campaign: narcotics", "campaign: nope", "campaign: nope", "checklists[1].campaign", "专项行动“nope”不在本计划的专项行动中（narcotics）")]
    [InlineData("{ id: expiry", "{ id: channels", "{ id: channels", "checklists[0].items[1].id", "检查项编号“channels”已在 checklists[0].items[0].id 用过")]
    [InlineData("        requirements: [HG-2.2(1), KZ-D-3.4]\n", "", "- id: channels", "checklists[0].items[0].requirements", "缺少依据：每个检查项都必须写明")]
    [InlineData("requirements: [HG-2.2(1)] }", "requirements: [] }", "id: expiry", "checklists[0].items[1].requirements", "缺少依据：每个检查项都必须写明")]
    [InlineData("requirements: [HG-3.2(2)]\n    campaign", "requirements: []\n    campaign", "requirements: []", "checklists[1].requirements", "缺少依据")]
    [InlineData("    items:\n      - { id: flow, text: 核实药品流向, requirements: [HG-3.2(2)] }", "    items: []", "items: []", "checklists[1].items", "检查表至少要有一个检查项（items）")]
    [InlineData("severity_hint: major", "severity_hint: fatal", "severity_hint: fatal", "checklists[0].items[0].severity_hint", "未知的值“fatal”，可用的值：serious、major、general")]
    [InlineData("    campaign: narcotics\n", "", "- id: narcotics-list", "checklists[1].applies_to", "检查表须写明适用于哪些监管对象（applies_to）或哪项专项行动（campaign）")]
    [InlineData("- id: narcotics-list", "- id: \"retail\"", "\"retail\"", "checklists[1].id", "检查表编号“retail”已在 checklists[0].id 用过")]
    [InlineData("version: 2", "version: 0", "version: 0", "checklists[1].version", "“0”不是 1 到 9999 之间的整数")]
    [InlineData("    version: 1\n", "", "- id: retail", "checklists[0].version", "必填，未填写")]
    [InlineData("applies_to: { kind: [retail_pharmacy] }", "applies_to: { kind: [pharmacy] }", "kind: [pharmacy]", "checklists[0].applies_to.kind[0]", "未知的值“pharmacy”")]
    [InlineData("applies_to: { kind: [retail_pharmacy] }", "applies_to: [retail_pharmacy]", "applies_to: [retail_pharmacy]", "checklists[0].applies_to", "这里应是一组“字段: 值”")]
    [InlineData("group: 购进", "grp: 购进", "grp: 购进", "checklists[0].items[0].grp", "未知字段“grp”，此处可用的字段：id、text、requirements、severity_hint、group")]
    [InlineData("        text: 药品购进渠道合法\n", "", "- id: channels", "checklists[0].items[0].text", "必填，未填写")]
    [InlineData("{ id: expiry", "{ id: \"expiry date\"", "expiry date", "checklists[0].items[1].id", "编号“expiry date”只能由英文字母、数字和 - _ . 组成")]
    public void Read_OneWrongValue_IsTheOnlyErrorAtItsLineAndField(string find, string replace, string marker, string field, string reason)
    {
        var yaml = Change(find, replace);

        var result = PlanFileReader.Read(File, yaml);

        Assert.Null(result.Plan);
        var error = Assert.Single(result.Errors);
        Assert.Equal((File, LineOf(yaml, marker), field), (error.File, error.Line, error.Field));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{File}:{error.Line}: {field}: ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CampaignInAPlanWithoutCampaigns_SaysThereAreNone()
    {
        var start = Valid.IndexOf("campaigns:", StringComparison.Ordinal);
        var yaml = Valid[..start] + Valid[Valid.IndexOf("checklists:", StringComparison.Ordinal)..];

        var error = Assert.Single(PlanFileReader.Read(File, yaml).Errors);

        Assert.Equal(("checklists[1].campaign", "专项行动“narcotics”不存在：本计划没有专项行动"), (error.Field, error.Message));
    }

    [Fact]
    public void Read_ChecklistsNotAList_IsRefused()
    {
        var yaml = Valid[..Valid.IndexOf("checklists:", StringComparison.Ordinal)] + "checklists:\n  retail: [进货渠道]\n";

        var error = Assert.Single(PlanFileReader.Read(File, yaml).Errors);

        Assert.Equal(("checklists", LineOf(yaml, "retail: [进货渠道]")), (error.Field, error.Line));
    }

    [Fact]
    public void Read_SeveralMistakes_AreAllReported()
    {
        var yaml = Change("campaign: narcotics", "campaign: nope").Replace("{ id: expiry", "{ id: channels", StringComparison.Ordinal);

        var fields = PlanFileReader.Read(File, yaml).Errors.Select(e => e.Field);

        Assert.Equal(["checklists[0].items[1].id", "checklists[1].campaign"], fields);
    }

    private static int LineOf(string yaml, string marker) => TestPlans.LineOf(yaml, marker);

    private static string Change(string find, string replace)
    {
        Assert.Contains(find, Valid, StringComparison.Ordinal);
        return Valid.Replace(find, replace, StringComparison.Ordinal);
    }
}
