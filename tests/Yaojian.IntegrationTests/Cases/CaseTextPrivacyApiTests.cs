using Yaojian.Core.Cases;
using Yaojian.Core.Security;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Cases;

/// <summary>
/// The free texts of clues and cases — a clue's summary, a case's cause, what is known, a step's reason, the facts —
/// masked for the leader, who may read cases but lacks the personal-data right (issue 11): the complainant's name and any
/// phone or ID number written in them hidden, as the complainant's own fields are; the section chief reads them whole.
/// </summary>
public abstract class CaseTextPrivacyApiTests(YaojianAppFactory app) : CasesTestBase(app)
{
    private static readonly string[] Leaks = ["小明", "13812345678", "138 1234 5678", "2113 2419"];

    [Fact]
    public async Task CaseAndClueTexts_AreMaskedForTheLeader_AndWholeForTheSectionChief()
    {
        var (pharmacy, _) = await ArrangeAsync();
        var clue = await Cases.RecordAsync(new
        {
            source = ClueSource.Complaint,
            channel = ClueChannel.Platform12315,
            entityId = pharmacy.Id,
            summary = "投诉人王小明（手机138 1234 5678，身份证号2113 2419 8001 0112 32）反映该药店销售劣药",
            reporterName = "王小明",
            reporterPhone = "13812345678",
        });
        var registered = await Cases.RegisterAsync(new { clueId = clue.Clue.Id, cause = "涉嫌销售劣药（王小明投诉）", reason = "经电话13812345678核实", approvedBy = Approver });
        var id = registered.Case.Id;
        await Cases.FireAsync(id, new { trigger = CaseTrigger.Investigate, reason = "约谈投诉人王小明，电话 13812345678" });
        using var leader = await App.CreateClientAsAsync(Roles.Leader, cancellationToken: Cancel);

        var texts = await TextsAsync(new CasesClient(leader), clue.Clue.Id, id);

        Assert.All(Leaks, leak => Assert.DoesNotContain(leak, texts, StringComparison.Ordinal));
        Assert.Contains("投诉人王**（手机*** **** ****", texts, StringComparison.Ordinal);
        Assert.Contains("涉嫌销售劣药（王**投诉）", texts, StringComparison.Ordinal);
        var whole = await TextsAsync(Cases, clue.Clue.Id, id);
        Assert.All(Leaks, leak => Assert.Contains(leak, whole, StringComparison.Ordinal));
    }

    /// <summary>Every free text the caller is shown of the clue and the case, in the lists as well.</summary>
    private static async Task<string> TextsAsync(CasesClient client, int clueId, int caseId)
    {
        var clue = await client.ClueAsync(clueId);
        var legalCase = await client.CaseAsync(caseId);
        var list = await client.ListAsync();
        var clues = await client.CluesAsync("state=decided");
        return string.Join('\n', new[] { clue.Clue.Summary, clue.Clue.Decision, legalCase.Case.Cause, legalCase.Summary, legalCase.DecisionSummary }
            .Concat(clue.Events.Select(e => e.Reason)).Concat(legalCase.Events.Select(e => e.Reason))
            .Concat(list.Select(c => c.Cause)).Concat(clues.Select(c => c.Summary)));
    }

    public sealed class OnSqlite(SqliteApp app) : CaseTextPrivacyApiTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : CaseTextPrivacyApiTests(app), IClassFixture<PostgresApp>;
}
