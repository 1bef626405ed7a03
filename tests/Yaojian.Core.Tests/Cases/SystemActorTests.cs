using Yaojian.Core.Security;

namespace Yaojian.Core.Tests.Cases;

/// <summary>System actors in Chinese on the timelines; a person's user name is left for the display-name lookup.</summary>
public sealed class SystemActorTests
{
    [Theory]
    [InlineData("system:overdue-job", "系统（逾期检查）")]
    [InlineData("system:overdue-measures-job", "系统（措施逾期检查）")]
    [InlineData("system:clean-year-job", "系统（年度信用评级）")]
    [InlineData("system:demo", "系统（演示数据）")]
    [InlineData("system:import", "系统（import）")]
    [InlineData("cli:root", "命令行（root）")]
    [InlineData("chief", null)]
    public void SystemActor_NamesTheJobInChinese_AndLeavesPersonsAlone(string actor, string? expected) =>
        Assert.Equal(expected, ResolveDisplayNames.SystemActor(actor));
}
