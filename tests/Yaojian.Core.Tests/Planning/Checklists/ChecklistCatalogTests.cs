using Yaojian.Core.Planning;
using Yaojian.Core.Planning.Checklists;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Tests.Planning.Checklists;

/// <summary><see cref="ChecklistCatalog.For"/>: the lists a routine or a campaign visit of an entity uses, in file order.</summary>
public sealed class ChecklistCatalogTests
{
    private const SupervisionTags None = SupervisionTags.None;

    public static TheoryData<EntityKind, SupervisionTags, string[]> KhorgosRoutine => new()
    {
        { EntityKind.RetailPharmacy, None, ["hg-retail"] },
        { EntityKind.ChainStore, SupervisionTags.OnlineSales, ["hg-retail", "hg-online-seller"] },
        { EntityKind.FranchiseStore, SupervisionTags.SpecialDrugs, ["hg-retail"] },
        { EntityKind.Hospital, SupervisionTags.Public | SupervisionTags.Level2Plus, ["hg-use-units"] },
        { EntityKind.TownshipHealthCenter, None, ["hg-use-units"] },
        { EntityKind.Clinic, None, ["hg-use-units"] },
        { EntityKind.Cdc, None, ["hg-cdc-vaccination"] },
        { EntityKind.VaccinationUnit, SupervisionTags.TemporarySite, ["hg-cdc-vaccination"] },
        { EntityKind.Manufacturer, None, ["hg-manufacturer-gmp"] },
        { EntityKind.OnlineSeller, None, ["hg-online-seller"] },
    };

    public static TheoryData<EntityKind, SupervisionTags, string[]> KazuoRoutine => new()
    {
        { EntityKind.RetailPharmacy, None, ["kz-pharmacy-service", "kz-retail-use-units", "kz-newly-controlled"] },
        {
            EntityKind.ChainStore, SupervisionTags.SpecialCompound | SupervisionTags.RemotePharmacy | SupervisionTags.SpecialDrugs,
            ["kz-special-compound", "kz-pharmacy-service", "kz-remote-pharmacy", "kz-retail-use-units", "kz-special-drugs"]
        },
        { EntityKind.Hospital, None, ["kz-device-user", "kz-retail-use-units"] },
        { EntityKind.Clinic, SupervisionTags.SpecialCompound, ["kz-special-compound", "kz-device-user", "kz-retail-use-units"] },
        { EntityKind.DentalClinic, None, ["kz-device-user", "kz-retail-use-units"] },
        { EntityKind.Cdc, None, ["kz-cdc-vaccination"] },
        { EntityKind.VaccinationUnit, None, ["kz-cdc-vaccination"] },
        { EntityKind.VaccineDistributor, None, ["kz-vaccine-distributor"] },
        { EntityKind.DeviceOperator, None, ["kz-device-operator"] },
        { EntityKind.Wholesaler, SupervisionTags.SpecialDrugs, ["kz-special-drugs"] },
        { EntityKind.Wholesaler, None, ["kz-newly-controlled"] },
    };

    [Theory]
    [MemberData(nameof(KhorgosRoutine))]
    public void For_KhorgosRoutineVisit_PicksTheListsOfTheEntitysKind(EntityKind kind, SupervisionTags tags, string[] expected) =>
        Assert.Equal(expected, Ids(ChecklistCatalog.For(TestPlans.Khorgos, ChecklistEntities.Of(kind, tags), null)));

    [Theory]
    [MemberData(nameof(KazuoRoutine))]
    public void For_KazuoRoutineVisit_PicksTheListsOfTheEntitysKindAndTags(EntityKind kind, SupervisionTags tags, string[] expected) =>
        Assert.Equal(expected, Ids(ChecklistCatalog.For(TestPlans.Kazuo, ChecklistEntities.Of(kind, tags), null)));

    [Theory]
    [InlineData(EntityKind.Wholesaler)]
    [InlineData(EntityKind.RetailPharmacy)]
    [InlineData(EntityKind.ChainHq)]
    public void For_KhorgosNarcoticsCampaign_UsesItsOwnListOnly(EntityKind kind)
    {
        var lists = ChecklistCatalog.For(TestPlans.Khorgos, ChecklistEntities.Of(kind, SupervisionTags.SpecialDrugs), "hg-3-2-2-narcotics");

        var list = Assert.Single(lists);
        Assert.Equal(("hg-narcotics", "hg-3-2-2-narcotics"), (list.Id, list.Campaign));
        Assert.Equal(["HG-3.2(2)"], list.Requirements);
    }

    [Fact]
    public void For_KhorgosRetailTraceabilityCampaign_UsesItsOwnListNotTheRoutineOne() =>
        Assert.Equal(
            ["hg-retail-traceability"],
            Ids(ChecklistCatalog.For(TestPlans.Khorgos, ChecklistEntities.Of(EntityKind.RetailPharmacy), "hg-3-2-1-retail-traceability")));

    [Fact]
    public void For_CampaignListsAreNeverUsedOnARoutineVisit()
    {
        var lists = ChecklistCatalog.For(TestPlans.Khorgos, ChecklistEntities.Of(EntityKind.RetailPharmacy, SupervisionTags.SpecialDrugs), null);

        Assert.All(lists, l => Assert.Null(l.Campaign));
        Assert.DoesNotContain(lists, l => l.Id is "hg-narcotics" or "hg-retail-traceability");
    }

    [Fact]
    public void For_CampaignWithoutListsOfItsOwn_UsesTheRoutineLists()
    {
        var manufacturer = ChecklistEntities.Of(EntityKind.Manufacturer);

        Assert.Equal(["hg-manufacturer-gmp"], Ids(ChecklistCatalog.For(TestPlans.Khorgos, manufacturer, "hg-3-2-4-manufacturers")));
        Assert.Equal(
            ["kz-vaccine-distributor"],
            Ids(ChecklistCatalog.For(TestPlans.Kazuo, ChecklistEntities.Of(EntityKind.VaccineDistributor), "kz-d-2-2-vaccine-distributors")));
    }

    [Fact]
    public void For_LostContactOperatorOfTheCleanupCampaign_GetsTheOperatorsList()
    {
        var zombie = ChecklistEntities.Of(EntityKind.DeviceOperator, status: EntityStatus.Zombie);

        Assert.Equal(["kz-device-operator"], Ids(ChecklistCatalog.For(TestPlans.Kazuo, zombie, "kz-m-2-2-device-cleanup")));
    }

    [Fact]
    public void For_RetailChecklistOfHg221_AppliesToAPharmacyAndNotToAHospital()
    {
        var retail = Assert.Single(TestPlans.Khorgos.Checklists, c => c.Requirements.Contains("HG-2.2(1)"));

        Assert.Contains(retail, ChecklistCatalog.For(TestPlans.Khorgos, ChecklistEntities.Of(EntityKind.RetailPharmacy), null));
        Assert.DoesNotContain(retail, ChecklistCatalog.For(TestPlans.Khorgos, ChecklistEntities.Of(EntityKind.Hospital), null));
    }

    [Fact]
    public void For_CampaignListWithAppliesTo_IsNarrowedToTheEntitiesItSelects()
    {
        var plan = TestPlans.FromSections("""
            campaigns:
              - id: narcotics
                name: 麻精专项
                requirements: [HG-3.2(2)]
                select: { tags: [special_drugs] }
                target_count: all
                lead: u3
            checklists:
              - id: routine
                version: 1
                name: 日常
                requirements: [R-1]
                applies_to: {}
                items: [{ id: a, text: 日常检查项, requirements: [R-1] }]
              - id: narcotics-wholesale
                version: 1
                name: 麻精（批发）
                requirements: [HG-3.2(2)]
                campaign: narcotics
                applies_to: { kind: [wholesaler] }
                items: [{ id: a, text: 批发检查项, requirements: [HG-3.2(2)] }]
              - id: narcotics-all
                version: 3
                name: 麻精（全部）
                requirements: [HG-3.2(2)]
                campaign: narcotics
                items: [{ id: a, text: 通用检查项, requirements: [HG-3.2(2)] }]
            """);

        Assert.Equal(["narcotics-wholesale", "narcotics-all"], Ids(ChecklistCatalog.For(plan, ChecklistEntities.Of(EntityKind.Wholesaler), "narcotics")));
        Assert.Equal(["narcotics-all"], Ids(ChecklistCatalog.For(plan, ChecklistEntities.Of(EntityKind.RetailPharmacy), "narcotics")));
        Assert.Equal(["routine"], Ids(ChecklistCatalog.For(plan, ChecklistEntities.Of(EntityKind.Wholesaler), null)));
        Assert.Equal(["routine"], Ids(ChecklistCatalog.For(plan, ChecklistEntities.Of(EntityKind.Wholesaler), "not-a-campaign")));
    }

    [Fact]
    public void For_AppliesToWithStatus_KeepsThatStatus()
    {
        var plan = TestPlans.FromSections("""
            campaigns:
              - id: cleanup
                name: 清理
                requirements: [KZ-M-2.2]
                select: { status: [lost_contact, zombie] }
                target_count: all
                lead: u3
            checklists:
              - id: active-only
                version: 1
                name: 正常经营
                requirements: [R-1]
                applies_to: { status: [active] }
                items: [{ id: a, text: 检查项, requirements: [R-1] }]
              - id: any-status
                version: 1
                name: 不限
                requirements: [R-1]
                applies_to: {}
                items: [{ id: a, text: 检查项, requirements: [R-1] }]
            """);

        Assert.Equal(["any-status"], Ids(ChecklistCatalog.For(plan, ChecklistEntities.Of(EntityKind.Clinic, status: EntityStatus.LostContact), null)));
        Assert.Equal(["active-only", "any-status"], Ids(ChecklistCatalog.For(plan, ChecklistEntities.Of(EntityKind.Clinic), null)));
        Assert.Empty(ChecklistCatalog.For(plan, ChecklistEntities.Of(EntityKind.Clinic, status: EntityStatus.Revoked), null));
    }

    private static string[] Ids(IEnumerable<Checklist> lists) => [.. lists.Select(l => l.Id)];
}
