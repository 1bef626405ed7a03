using Yaojian.Core.Risks;

namespace Yaojian.Core.Tests.Risks;

/// <summary>The system's actors as a risk's record shows them: in Chinese, never as <c>system:…</c>.</summary>
public sealed class RiskActorNamesTests
{
    [Theory]
    [InlineData(SweepOverdueMeasures.Actor, "系统（逾期措施标记）")]
    [InlineData("system:demo", "系统（演示数据）")]
    [InlineData("system:startup", "系统")]
    public void SystemName_OfAJob_IsChinese(string actor, string name) => Assert.Equal(name, RiskActorNames.SystemName(actor));
}
