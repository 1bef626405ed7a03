using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Planning;
using Yaojian.Testing;

namespace Yaojian.IntegrationTests.Infrastructure;

/// <summary>A small plan over <see cref="TestUnits"/> with every kind of rule, and inspectors to draw from.</summary>
public static class PlanTestSetup
{
    public const int Year = 2025;

    public const string PlanYaml = """
        format: 1
        id: test-2025
        title: 测试县2025年检查计划
        year: 2025
        jurisdiction:
          name: 测试县
          units:
            - { code: drug-office, name: 药品安全监督管理室, kind: office }
            - { code: device-office, name: 医疗器械安全监督管理室, kind: office }
            - { code: drug-squad, name: 药品监督中队, kind: squad }
            - { code: dachengzi-station, name: 大城子市场监督管理所, kind: station, territory: [大城子街道, 利州街道] }
            - { code: kundu-station, name: 坤都营子市场监督管理所, kind: station, territory: [坤都营子乡, 大营子乡, 尤杖子乡] }
        rules:
          - { id: retail-d-monthly, name: D级零售每月, requirements: [HG-5(2)], select: { kind: [retail_pharmacy, chain_store], credit_grade: [D] }, frequency: { every: month }, lead: territorial }
          - { id: retail-c-quarterly, name: C级零售每季度, requirements: [HG-5(2)], select: { kind: [retail_pharmacy, chain_store], credit_grade: [C] }, frequency: { every: quarter }, lead: territorial }
          - { id: retail-yearly, name: 零售每年, requirements: [HG-5(1)], select: { kind: [retail_pharmacy, chain_store, wholesaler] }, frequency: { every: year }, lead: territorial }
          - { id: device-tier-2, name: 二级每两年, requirements: [KZ-M-2.1], select: { kind: [device_operator], device_tier: [2] }, frequency: { every_years: 2 }, lead: device-office }
          - { id: device-tier-1, name: 一级随机25%, requirements: [KZ-M-2.1], select: { kind: [device_operator], device_tier: [1] }, frequency: { random_share: 25%, full_coverage_years: 4 }, lead: device-office }
          - { id: vaccines-yearly, name: 疾控接种每年, requirements: [KZ-D-3.6], select: { kind: [cdc, vaccination_unit] }, frequency: { every: year }, lead: territorial }
        milestones:
          - id: vaccines-coverage
            name: 疾控接种覆盖
            requirements: [KZ-D-3.6]
            select: { kind: [cdc, vaccination_unit] }
            targets:
              - { by: 2025-06-30, share: 50% }
              - { by: 2025-12-31, share: 100% }
        """;

    /// <summary>Four inspectors in each test unit, the first of dachengzi-station with a conflict for <paramref name="conflictCode"/>.</summary>
    public static async Task SeedInspectorsAsync(YaojianAppFactory app, string? conflictCode = null, CancellationToken cancellationToken = default)
    {
        await using var db = await app.CreateDbAsync(cancellationToken);
        var units = await db.Units.ToListAsync(cancellationToken);
        var conflict = conflictCode is null ? null : await db.Entities.SingleAsync(e => e.Code == conflictCode, cancellationToken);
        foreach (var unit in units)
        {
            for (var n = 1; n <= 4; n++)
            {
                var inspector = new Inspector { Code = $"{unit.Code}-{n}", Name = $"{unit.Name[..2]}检查员{n}", UnitId = unit.Id };
                if (n == 1 && conflict is not null && unit.Id == conflict.UnitId)
                {
                    inspector.Conflicts.Add(new InspectorConflict { EntityId = conflict.Id, Reason = "亲属" });
                }

                db.Inspectors.Add(inspector);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public static MultipartFormDataContent Upload(string yaml, string fileName = "test-2025.yaml")
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(yaml));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/yaml");
        return new MultipartFormDataContent { { file, "file", fileName } };
    }
}
