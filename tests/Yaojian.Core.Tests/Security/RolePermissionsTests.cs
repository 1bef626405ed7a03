using Yaojian.Core.Security;

namespace Yaojian.Core.Tests.Security;

public sealed class RolePermissionsTests
{
    public static TheoryData<string> AssignableRoles() => new(Roles.Assignable);

    [Theory]
    [MemberData(nameof(AssignableRoles))]
    public void EveryRole_CanReadTheRegistry_AndHasAChineseName(string role)
    {
        Assert.True(RolePermissions.Grants(role, Permission.ViewRegistry));
        Assert.False(string.IsNullOrEmpty(Yaojian.Core.Resources.Text.ResourceManager.GetString("Role_" + role, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(Roles.Inspector, 7)]
    [InlineData(Roles.StationStaff, 3)]
    public void UnitBoundRole_SeesOnlyItsUnit(string role, int unit)
    {
        var caller = new Caller("u", "u", [role], unit);

        Assert.Equal(DataScope.Unit(unit).UnitIds, caller.Scope.UnitIds);
        Assert.False(caller.Scope.AllUnits);
        Assert.True(caller.Scope.Includes(unit));
        Assert.False(caller.Scope.Includes(unit + 1));
    }

    [Theory]
    [InlineData(Roles.Leader)]
    [InlineData(Roles.SectionChief)]
    [InlineData(Roles.AdrMonitor)]
    [InlineData(Roles.Admin)]
    public void BureauWideRole_SeesEveryUnit_EvenWithAUnitSet(string role) =>
        Assert.True(new Caller("u", "u", [role], 3).Scope.AllUnits);

    [Fact]
    public void UnitBoundRoleWithoutUnit_SeesNothing() =>
        Assert.Equal(DataScope.Nothing, new Caller("u", "u", [Roles.Inspector], null).Scope);

    [Fact]
    public void Anonymous_MayDoNothing()
    {
        Assert.All(Enum.GetValues<Permission>(), p => Assert.False(Caller.Anonymous.Can(p)));
        Assert.False(Caller.Anonymous.Scope.AllUnits);
        Assert.Empty(Caller.Anonymous.Scope.UnitIds);
    }

    [Fact]
    public void Leader_ReadsButDoesNotWrite()
    {
        var leader = new Caller("u", "u", [Roles.Leader], null);

        Assert.True(leader.Can(Permission.ViewRegistry));
        Assert.False(leader.Can(Permission.EditRegistry));
        Assert.False(leader.Can(Permission.ViewPersonalData));
    }

    [Fact]
    public void PersonalData_IsForChiefsAndMonitorsOnly() =>
        Assert.Equal(
            [Roles.AdrMonitor, Roles.SectionChief],
            RolePermissions.RolesWith(Permission.ViewPersonalData).Where(r => r != Roles.System).Order(StringComparer.Ordinal));
}
