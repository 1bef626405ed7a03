using Bogus;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Demo;

/// <summary>
/// Past inspections as a county that has kept its rhythm would have them: tier-1 device operators spread over a
/// four-year cycle, tier-2 ones over two years, everyone else inspected in most years.
/// </summary>
internal static class DemoHistory
{
    public static IEnumerable<DateOnly> For(Faker faker, DeviceTier? tier, int year)
    {
        switch (tier)
        {
            case DeviceTier.Level1:
                yield return Day(faker, year - faker.Random.Int(1, 4));
                yield break;
            case DeviceTier.Level2:
                yield return Day(faker, year - faker.Random.Int(1, 2));
                yield break;
        }

        for (var back = 1; back <= 3; back++)
        {
            if (faker.Random.Bool(0.8f))
            {
                yield return Day(faker, year - back);
            }
        }
    }

    private static DateOnly Day(Faker faker, int year) => new DateOnly(year, 1, 1).AddDays(faker.Random.Int(0, 360));
}
