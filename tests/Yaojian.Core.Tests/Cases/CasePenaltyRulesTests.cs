using Yaojian.Core.Cases;

namespace Yaojian.Core.Tests.Cases;

/// <summary>What a decision's penalties must say, each problem in Chinese naming the penalty it is about.</summary>
public sealed class CasePenaltyRulesTests
{
    private static readonly CasePerson[] Persons = [new() { No = 1, Name = "张三丰", Role = CasePersonRole.LegalRepresentative }];

    [Fact]
    public void Problems_OfSoundPenaltiesOnThePartyAndAPerson_AreNone() =>
        Assert.Empty(CasePenaltyRules.Problems(
        [
            new PenaltyInput(PenaltyKind.Warning),
            new PenaltyInput(PenaltyKind.Fine, Amount: 20000m),
            new PenaltyInput(PenaltyKind.ConfiscateIllegalGains, Amount: 1234.5m),
            new PenaltyInput(PenaltyKind.ConfiscateGoods, Detail: "劣药阿莫西林胶囊 120 盒"),
            new PenaltyInput(PenaltyKind.Suspension, Detail: "停业整顿一个月"),
            new PenaltyInput(PenaltyKind.LicenceRevocation, Detail: "药品经营许可证"),
            new PenaltyInput(PenaltyKind.Fine, 1, 5000m),
            new PenaltyInput(PenaltyKind.IndustryBan, 1, Detail: "十年内禁止从事药品生产经营活动"),
        ], Persons, partyIsPerson: false));

    [Theory]
    [InlineData(PenaltyKind.Fine, null, null, null, "第1项处罚：罚款须填写金额（元），且大于零")]
    [InlineData(PenaltyKind.ConfiscateIllegalGains, null, "-1", null, "第1项处罚：没收违法所得须填写金额（元），且大于零")]
    [InlineData(PenaltyKind.Warning, null, "100", null, "第1项处罚：警告不填写金额")]
    [InlineData(PenaltyKind.ConfiscateGoods, null, null, " ", "第1项处罚：没收非法财物须写明没收的物品")]
    [InlineData(PenaltyKind.IndustryBan, 1, null, null, "第1项处罚：行业禁入（禁止从业）须写明禁入的期限和范围")]
    [InlineData(PenaltyKind.IndustryBan, null, null, "终身", "第1项处罚：行业禁入（禁止从业）只能针对个人（处罚到人），请选择涉案人员")]
    [InlineData(PenaltyKind.Suspension, 1, null, null, "第1项处罚：责令停产停业只能针对当事人")]
    [InlineData(PenaltyKind.Fine, 2, "100", null, "第1项处罚：没有编号为 2 的涉案人员，请先添加涉案人员")]
    [InlineData((PenaltyKind)99, null, null, null, "第1项处罚：处罚种类不明")]
    public void Problems_OfOneMistake_AreExplainedInChinese(PenaltyKind kind, int? person, string? amount, string? detail, string expected)
    {
        var penalty = new PenaltyInput(kind, person, amount is null ? null : decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), detail);

        Assert.Equal([expected], CasePenaltyRules.Problems([penalty], Persons, partyIsPerson: false));
    }

    [Fact]
    public void Problems_AnIndustryBanOnAPartyWhoIsAPerson_IsSound() =>
        Assert.Empty(CasePenaltyRules.Problems([new PenaltyInput(PenaltyKind.IndustryBan, Detail: "五年")], [], partyIsPerson: true));

    [Fact]
    public void Problems_NameTheRowOfEachMistake() =>
        Assert.Equal(
            ["第2项处罚：罚款须填写金额（元），且大于零", "第3项处罚：警告不填写金额"],
            CasePenaltyRules.Problems([new PenaltyInput(PenaltyKind.Warning), new PenaltyInput(PenaltyKind.Fine), new PenaltyInput(PenaltyKind.Warning, Amount: 1m)], Persons, false));
}
