using System.Text.Json.Nodes;
using Yaojian.Core.Planning;
using Yaojian.Core.Planning.Checklists;
using Yaojian.Core.Planning.Files;

namespace Yaojian.Core.Tests.Planning.Checklists;

/// <summary>The checklists written into the two plan files from the two work plans (requirements §3).</summary>
public sealed class RepositoryChecklistsTests
{
    public static TheoryData<string> PlanFiles => ["kazuo-2025.yaml", "khorgos-2025.yaml"];

    [Fact]
    public void Khorgos_HasTheListsOfItsPlan()
    {
        var lists = TestPlans.Khorgos.Checklists;

        Assert.Equal(
            ["hg-retail", "hg-use-units", "hg-cdc-vaccination", "hg-manufacturer-gmp", "hg-online-seller", "hg-retail-traceability", "hg-narcotics"],
            lists.Select(c => c.Id));
        Assert.Equal(
            ["HG-2.2(1)", "HG-2.2(2)", "HG-2.2(3)", "HG-2.2(4)", "HG-3.2(4)", "HG-2.2(5)", "HG-3.2(1)", "HG-3.2(2)"],
            lists.SelectMany(c => c.Requirements).Distinct());
        Assert.Equal(48, lists.Sum(c => c.Items.Count));
    }

    [Fact]
    public void Kazuo_HasTheListsOfItsPlan()
    {
        var lists = TestPlans.Kazuo.Checklists;

        Assert.Equal(10, lists.Count);
        Assert.Equal(
            new HashSet<string> { "KZ-D-2.1", "KZ-D-2.2", "KZ-D-2.4", "KZ-D-3.3", "KZ-D-3.4", "KZ-M-2.2", "KZ-M-2.3" },
            lists.SelectMany(c => c.Requirements).ToHashSet());
        Assert.Equal(43, lists.Sum(c => c.Items.Count));
    }

    [Fact]
    public void Khorgos_CampaignLists_AreLinkedToTheirCampaigns()
    {
        var linked = TestPlans.Khorgos.Checklists.Where(c => c.Campaign is not null).ToDictionary(c => c.Id, c => c.Campaign);

        Assert.Equal(new Dictionary<string, string?> { ["hg-retail-traceability"] = "hg-3-2-1-retail-traceability", ["hg-narcotics"] = "hg-3-2-2-narcotics" }, linked);
        Assert.All(linked.Values, id => Assert.Contains(TestPlans.Khorgos.Campaigns, c => c.Id == id));
    }

    [Fact]
    public void Kazuo_SpecialCompoundList_HasEveryRuleOfKzD24()
    {
        var list = Assert.Single(TestPlans.Kazuo.Checklists, c => c.Requirements.SequenceEqual(["KZ-D-2.4"]));
        var text = string.Join("；", list.Items.Select(i => i.Text));

        Assert.All(["凭处方销售", "专账", "专柜", "实名购买", "限量销售", "网络销售"], rule => Assert.Contains(rule, text, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(PlanFiles))]
    public void EveryList_IsVersionedAndEveryItemHasRequirementsAndChineseText(string file)
    {
        var plan = Read(file);
        var prefix = file.StartsWith("kazuo", StringComparison.Ordinal) ? "KZ-" : "HG-";

        Assert.NotEmpty(plan.Checklists);
        Assert.Equal(plan.Checklists.Count, plan.Checklists.Select(c => c.Id).Distinct().Count());
        Assert.All(plan.Checklists, list =>
        {
            Assert.True(list.Version >= 1);
            Assert.True(list.AppliesTo is not null || list.Campaign is not null, list.Id);
            Assert.NotEmpty(list.Items);
            Assert.Equal(list.Items.Count, list.Items.Select(i => i.Id).Distinct().Count());
            Assert.All(list.Items, item =>
            {
                Assert.NotEmpty(item.Requirements);
                Assert.All(item.Requirements, r => Assert.StartsWith(prefix, r, StringComparison.Ordinal));
                Assert.Contains(item.Text, c => c is >= '\u4e00' and <= '\u9fff');
            });
        });
    }

    [Theory]
    [MemberData(nameof(PlanFiles))]
    public void EveryList_QuotesItsClauseInACommentAboveIt(string file) =>
        Assert.All(PlanFileComments.Entries(file, "checklists"), e => Assert.True(e.Commented, e.Entry));

    [Theory]
    [MemberData(nameof(PlanFiles))]
    public void NormalisedJson_HasTypedChecklists(string file)
    {
        var plan = Read(file);

        var json = JsonNode.Parse(PlanJson.Write(plan))!;

        var lists = json["checklists"]!.AsArray();
        Assert.Equal(plan.Checklists.Count, lists.Count);
        Assert.All(lists, list =>
        {
            Assert.Equal(["id", "version", "name", "requirements", "applies_to", "campaign", "items"], list!.AsObject().Select(p => p.Key));
            Assert.True(list["version"]!.GetValue<int>() >= 1);
            if (list["applies_to"] is JsonObject selector)
            {
                Assert.Equal(["kind", "tags", "not_tags", "credit_grade", "device_tier", "area", "status", "any"], selector.Select(p => p.Key));
            }

            Assert.All(list["items"]!.AsArray(), item =>
                Assert.Equal(["id", "text", "requirements", "severity_hint", "group"], item!.AsObject().Select(p => p.Key)));
        });
    }

    [Fact]
    public void NormalisedJson_WritesTheSelectorSeverityAndCampaign()
    {
        var plan = TestPlans.FromSections("""
            rules:
              - { id: r1, name: 药店, requirements: [R-1], select: { kind: [retail_pharmacy] }, frequency: { every: year }, lead: u3 }
            campaigns:
              - { id: c1, name: 专项, requirements: [C-1], select: { tags: [special_drugs] }, lead: u3 }
            checklists:
              - id: retail
                version: 4
                name: 零售
                requirements: R-1
                applies_to: { kind: retail_pharmacy, tags: [online_sales] }
                items:
                  - { id: a, text: 检查项, requirements: [R-1, R-2], severity_hint: serious, group: 购进 }
              - { id: campaign-list, version: 1, name: 专项, requirements: [C-1], campaign: c1, items: [{ id: a, text: 检查项, requirements: [C-1] }] }
            targets:
              adr_per_million: 1000
            """);

        var json = PlanJson.ToJson(plan);

        var retail = json["checklists"]![0]!;
        Assert.Equal(4, retail["version"]!.GetValue<int>());
        Assert.Equal(["R-1"], retail["requirements"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(["retail_pharmacy"], retail["applies_to"]!["kind"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(["online_sales"], retail["applies_to"]!["tags"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Empty(retail["applies_to"]!["status"]!.AsArray());
        Assert.Null(retail["campaign"]);
        Assert.Equal("serious", retail["items"]![0]!["severity_hint"]!.GetValue<string>());
        Assert.Equal("购进", retail["items"]![0]!["group"]!.GetValue<string>());
        var linked = json["checklists"]![1]!;
        Assert.Null(linked["applies_to"]);
        Assert.Equal("c1", linked["campaign"]!.GetValue<string>());
        Assert.Null(linked["items"]![0]!["severity_hint"]);
        Assert.Equal("1000", json["targets"]!["adr_per_million"]!.GetValue<string>());
    }

    [Fact]
    public void PlanWithoutChecklists_HasAnEmptyList()
    {
        var plan = TestPlans.FromSections("""
            rules:
              - { id: r1, name: 药店, requirements: [R-1], select: { kind: [retail_pharmacy] }, frequency: { every: year }, lead: u3 }
            """);

        Assert.Empty(plan.Checklists);
        Assert.Empty(PlanJson.ToJson(plan)["checklists"]!.AsArray());
        Assert.False(plan.Extensions.ContainsKey("checklists"));
    }

    private static PlanDefinition Read(string file)
    {
        var result = PlanFileReader.ReadFile(Path.Combine(TestPlans.PlansFolder, file));
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
        return result.Plan!;
    }
}
