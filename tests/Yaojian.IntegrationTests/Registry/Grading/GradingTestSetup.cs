using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Inspections;
using Yaojian.Core.Registry;
using Yaojian.IntegrationTests.Infrastructure;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Registry.Grading;

/// <summary>The test plan with grading rules, and pharmacies of the test units given a grade before the plan is drawn.</summary>
public static class GradingTestSetup
{
    public const string SeriousRule = "检查发现严重缺陷的，信用等级降一级";

    public static readonly string PlanYaml = PlanTestSetup.PlanYaml + """

        grading:
          - { id: serious-lowers, name: 检查发现严重缺陷的，信用等级降一级, requirements: [HG-6(3)], when: serious_finding, lower: 1 }
          - { id: case-sets-d, name: 立案查处的，降为D级, requirements: [HG-6(3)], when: case_filed, set: D }
          - { id: overdue-lowers, name: 责令改正逾期未整改的，降一级, requirements: [HG-6(3)], when: rectification_overdue, lower: 1 }
          - { id: clean-raises, name: 全年检查无问题的，升一级, requirements: [HG-6(3)], when: clean_year, raise: 1 }
        """;

    public static readonly ChecklistItemInput[] Items =
    [
        new("storage", "按要求分库、分区储存", ["KZ-D-3.4"]),
        new("channels", "药品购进渠道合法", ["KZ-D-3.4"]),
    ];

    /// <summary>Retail pharmacies and chain stores, made active, each given the next of <paramref name="grades"/> and no grade history.</summary>
    public static async Task<List<RegulatedEntity>> GradePharmaciesAsync(YaojianAppFactory app, CancellationToken cancellationToken, params CreditGrade[] grades)
    {
        await using var db = await app.CreateDbAsync(cancellationToken);
        var pharmacies = await db.Entities
            .Where(e => e.Kind == EntityKind.RetailPharmacy || e.Kind == EntityKind.ChainStore)
            .OrderBy(e => e.Id).Take(grades.Length).ToListAsync(cancellationToken);
        Assert.Equal(grades.Length, pharmacies.Count);
        for (var i = 0; i < grades.Length; i++)
        {
            pharmacies[i].CreditGrade = grades[i];
            pharmacies[i].Status = EntityStatus.Active;
        }

        // The import wrote their first grades into the history; the tests read only what grading writes.
        var ids = pharmacies.Select(p => p.Id).ToList();
        await db.CreditGradeChanges.Where(g => ids.Contains(g.EntityId)).ExecuteDeleteAsync(cancellationToken);

        await db.SaveChangesAsync(cancellationToken);
        return pharmacies;
    }

    /// <summary>Two inspectors of the entity's unit, for an ad hoc record.</summary>
    public static async Task<List<int>> InspectorsForAsync(YaojianAppFactory app, RegulatedEntity entity, CancellationToken cancellationToken)
    {
        await using var db = await app.CreateDbAsync(cancellationToken);
        return await db.Inspectors.Where(i => i.UnitId == entity.UnitId).OrderBy(i => i.Id).Select(i => i.Id).Take(2).ToListAsync(cancellationToken);
    }
}
