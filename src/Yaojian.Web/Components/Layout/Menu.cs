using Yaojian.Core.Security;
using Yaojian.Web.Resources;

namespace Yaojian.Web.Components.Layout;

public static class Menu
{
    public static IReadOnlyList<MenuItem> Items { get; } =
    [
        new("/", UiText.Menu_Workbench, Ready: true),
        new("/registry", UiText.Menu_Registry, Ready: true, Permission.ViewRegistry),
        new("/plans", UiText.Menu_Planning, Ready: true, Permission.ViewPlans),
        new("/inspections", UiText.Menu_Inspections, Ready: true, Permission.ViewInspections),
        new("/dispositions", UiText.Menu_Dispositions, Ready: true, Permission.ViewInspections),
        new("/sampling", UiText.Menu_Sampling, Ready: true, Permission.ViewSampling),
        new("/cases", UiText.Menu_Cases, Ready: true, Permission.ViewCases),
        new("/risks", UiText.Menu_Risks, Ready: true, Permission.ViewRisks),
        new("/coming/vigilance", UiText.Menu_Vigilance, Ready: false),
        new("/coming/traceability", UiText.Menu_Traceability, Ready: false),
        new("/coming/kpis", UiText.Menu_Kpis, Ready: false),
        new("/public/plans", UiText.Menu_Disclosure, Ready: true),
        new("/coming/admin", UiText.Menu_Admin, Ready: false, Permission.ManageUsers),
    ];

    public static IEnumerable<MenuItem> For(Caller caller) => Items.Where(i => i.Requires is not { } p || caller.Can(p));

    public static string? TitleOf(string area) =>
        Items.FirstOrDefault(i => i.Href == "/coming/" + area)?.Text;
}
