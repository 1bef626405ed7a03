using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Cases;
using Yaojian.Core.Common;
using Yaojian.Core.Registry;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Cases;

/// <summary>
/// A test of clues and cases over HTTP: the registry, and the test plan with grading rules for a case filed and a
/// penalty decided, the clue and case time limits and a holiday; every call as the section chief unless another client is
/// given. The clock starts on Saturday 15 March 2025.
/// </summary>
public abstract class CasesTestBase(YaojianAppFactory app) : RegistryTestBase(app)
{
    public const string CaseFiledRule = "立案查处的，信用等级降一级";

    public const string PenaltyRule = "作出行政处罚决定的，信用等级降一级";

    /// <summary>The responsible person who approves registrations and drops (第十八条).</summary>
    public const string Approver = "王局长";

    /// <summary>A GB 11643 number whose check character is right.</summary>
    public const string IdNumber = "211324198001011232";

    public static readonly string PlanYaml = PlanTestSetup.PlanYaml + $$"""

        grading:
          - { id: case-filed, name: {{CaseFiledRule}}, requirements: [KZ-D-4.5], when: case_filed, lower: 1 }
          - { id: penalty, name: {{PenaltyRule}}, requirements: [HG-6(3)], when: penalty_decided, lower: 1 }
        clues:
          - { id: online, name: 网络线索五个工作日内核查, requirements: [KZ-M-2.6], sources: [online_monitoring], within: { working_days: 5 }, basis: 测试依据 }
          - { id: others, name: 线索十五个工作日内核查, requirements: [KZ-D-4.5], within: { working_days: 15 }, extend: { working_days: 15 }, basis: 《市场监督管理行政处罚程序规定》第十八条 }
        cases:
          - { id: decide, name: 自立案之日起九十日内作出处理决定, requirements: [KZ-D-4.5], limit: decide, within: { days: 90 }, extend: { days: 30 }, basis: 《市场监督管理行政处罚程序规定》第六十四条 }
          - { id: publish, name: 二十个工作日内公示, requirements: [KZ-D-4.5], limit: publish, within: { working_days: 20 }, skip_warning_only: true, basis: 公示规定 }
          - { id: police, name: 公安机关三日内答复, requirements: [KZ-D-1.2], limit: police_answer, within: { days: 3 }, basis: 移送规定第八条 }
        calendar:
          holidays: [2025-04-04..2025-04-06]
        sampling:
          filing: { target: 100%, requirements: [KZ-D-3.6, KZ-D-4.2] }
          categories:
            - { id: drug, name: 药品监督抽检, requirements: [KZ-D-4.2] }
        """;

    protected DateOnly Today => App.Clock.Today();

    protected CasesClient Cases => new(Api.Http);

    /// <summary>The registry and the plan file; two graded, active entities, the first of each station.</summary>
    protected async Task<(RegulatedEntity Dachengzi, RegulatedEntity Kundu)> ArrangeAsync()
    {
        await ImportGeneratedAsync(60);
        await PlanClient.EnsureAsync(await new PlanClient(Api.Http).UploadAsync(PlanYaml), HttpStatusCode.OK);
        await using var db = await App.CreateDbAsync(Cancel);
        var units = await db.Units.ToDictionaryAsync(u => u.Code, u => u.Id, Cancel);
        var pick = new List<RegulatedEntity>();
        foreach (var code in new[] { TestUnits.DachengziStation, TestUnits.KunduStation })
        {
            var entity = await db.Entities.Where(e => e.UnitId == units[code]).OrderBy(e => e.Id).FirstAsync(Cancel);
            (entity.CreditGrade, entity.Status) = (CreditGrade.B, EntityStatus.Active);
            await db.CreditGradeChanges.Where(g => g.EntityId == entity.Id).ExecuteDeleteAsync(Cancel);
            pick.Add(entity);
        }

        await db.SaveChangesAsync(Cancel);
        return (pick[0], pick[1]);
    }

    /// <summary>A complaint about <paramref name="entity"/> from 12315, with the complainant's name and phone.</summary>
    protected Task<ClueDetail> ComplaintAsync(RegulatedEntity entity, string product = "阿莫西林胶囊", HttpClient? client = null) =>
        new CasesClient(client ?? Api.Http).RecordAsync(new
        {
            source = ClueSource.Complaint,
            channel = ClueChannel.Platform12315,
            sourceRef = "12315-2025-000123",
            entityId = entity.Id,
            productName = product,
            summary = "消费者反映该药店销售的阿莫西林胶囊包装破损、批号模糊",
            reporterName = "王小明",
            reporterPhone = "13812345678",
        });

    /// <summary>A case registered from a fresh complaint about <paramref name="entity"/>, its person added and its investigation begun.</summary>
    protected async Task<CaseDetail> InvestigatingAsync(RegulatedEntity entity)
    {
        var clue = await ComplaintAsync(entity);
        var registered = await Cases.RegisterAsync(new { clueId = clue.Clue.Id, cause = "涉嫌销售劣药", reason = "经核查有证据初步证明存在违法行为", approvedBy = Approver });
        await Cases.FireAsync(registered.Case.Id, new { trigger = CaseTrigger.AddPerson, person = new { name = "张三丰", role = CasePersonRole.LegalRepresentative, idNumber = IdNumber } });
        return await Cases.FireAsync(registered.Case.Id, new { trigger = CaseTrigger.Investigate, reason = "指定两名执法人员调查取证" });
    }

    protected static object Decision(string number = "喀市监药罚〔2025〕1号") => new
    {
        trigger = CaseTrigger.Decide,
        reason = "当事人销售劣药阿莫西林胶囊，违反《中华人民共和国药品管理法》第九十八条",
        decisionNumber = number,
        penalties = new object[]
        {
            new { kind = PenaltyKind.Fine, amount = 20000m },
            new { kind = PenaltyKind.ConfiscateGoods, detail = "劣药阿莫西林胶囊 120 盒" },
            new { kind = PenaltyKind.Fine, personNo = 1, amount = 5000m },
        },
    };

    /// <summary>A clue as a nonconforming sample's result opens one (the sampling area's way, <see cref="OpenClue"/>), received on <paramref name="receivedOn"/>.</summary>
    protected async Task<int> SamplingClueAsync(RegulatedEntity entity, DateOnly receivedOn, string product = "阿莫西林胶囊（批号 20250101）")
    {
        await using var db = await App.CreateDbAsync(Cancel);
        var count = await db.Clues.IgnoreQueryFilters().CountAsync(Cancel);
        var clue = await OpenClue.AddAsync(db, new OpenClueInput(ClueSource.Sampling, $"sample:{900 + count}", entity.Id, null, product,
            $"监督抽检不合格：{product}，溶出度不符合规定", receivedOn), "system:test", App.Clock.GetUtcNow(), Cancel);
        await db.SaveChangesAsync(Cancel);
        return clue.Id;
    }

    protected static Task RefusedAsync(Task<HttpResponseMessage> pending, string reason) => CasesClient.RefusedAsync(pending, reason);

    protected async Task<HttpStatusCode> StatusAsync(HttpClient client, string path) =>
        (await client.GetAsync(new Uri(path, UriKind.Relative), Cancel)).StatusCode;

    protected async Task<T> GetJsonAsync<T>(HttpClient client, string path) =>
        (await client.GetFromJsonAsync<T>(new Uri(path, UriKind.Relative), Cancel))!;
}
