using System.Globalization;
using Yaojian.Core.Common;
using Yaojian.Core.Registry;

namespace Yaojian.Testing;

/// <summary>
/// Valid entity rows for a test file, varied over every kind, unit, area, grade (and none), status and tag, written the
/// way the app exports them (so an export of an import is the same text). The same seed gives the same rows.
/// </summary>
public static class TestEntities
{
    private static readonly string[] Trades = ["仁和", "同济", "康宁", "益民", "百草", "天元", "华康", "永安", "德仁", "惠民"];
    private static readonly string[] Townships = ["大城子街道", "利州街道", "坤都营子乡", "大营子乡", "尤杖子乡"];
    private static readonly string[] Streets = ["利州路", "兴隆街", "建设路", "文化路", "人民路"];
    private static readonly string[] People = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏"];
    private static readonly string[] Grades = ["", "A", "B", "C", "D"];
    private static readonly string[] Tiers = ["", "1", "2"];

    public static IReadOnlyList<EntityFileRow> Generate(int count, int seed = 1, string codePrefix = "T")
    {
        var random = new Random(seed);
        var kinds = Enum.GetValues<EntityKind>();
        var areas = Enum.GetValues<AreaClass>();
        var statuses = Enum.GetValues<EntityStatus>();
        var rows = new List<EntityFileRow>(count);
        for (var i = 0; i < count; i++)
        {
            // Cycling the kind and unit covers each of them; the other fields are drawn at random.
            var kind = kinds[i % kinds.Length];
            var township = Townships[random.Next(Townships.Length)];
            var tags = SupervisionTagNames.Each.Where(_ => random.NextDouble() < 0.2).Aggregate(SupervisionTags.None, (all, t) => all | t);
            rows.Add(new EntityFileRow
            {
                Code = string.Create(CultureInfo.InvariantCulture, $"{codePrefix}{i + 1:D5}"),
                Name = string.Create(CultureInfo.InvariantCulture, $"{Trades[random.Next(Trades.Length)]}{EnumText.Of(kind)}{i + 1}号"),
                Uscc = random.NextDouble() < 0.1 ? string.Empty : TestUscc.Valid(random),
                Kind = SnakeCaseNames<EntityKind>.Of(kind),
                Unit = TestUnits.Codes[(i / kinds.Length + i) % TestUnits.Codes.Count],
                Area = SnakeCaseNames<AreaClass>.Of(areas[random.Next(areas.Length)]),
                CreditGrade = Grades[random.Next(Grades.Length)],
                DeviceTier = kind == EntityKind.DeviceOperator ? Tiers[random.Next(Tiers.Length)] : string.Empty,
                Status = SnakeCaseNames<EntityStatus>.Of(statuses[random.Next(statuses.Length)]),
                Tags = SupervisionTagNames.Format(tags),
                Township = township,
                Address = string.Create(CultureInfo.InvariantCulture, $"喀左县{township}{Streets[random.Next(Streets.Length)]}{random.Next(1, 400)}号"),
                LegalRepresentative = People[random.Next(People.Length)],
            });
        }

        return rows;
    }
}
