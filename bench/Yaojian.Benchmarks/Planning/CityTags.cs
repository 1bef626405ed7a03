using Bogus;
using Yaojian.Core.Demo;
using Yaojian.Core.Registry;

namespace Yaojian.Benchmarks.Planning;

/// <summary>
/// Supervision tags with the odds of Core's demo generator, plus the attention tags of HG-2.1(7) — sampling failures,
/// complaints, past violations — that a city's registry also carries.
/// </summary>
public static class CityTags
{
    public static SupervisionTags For(EntityKind kind, Faker faker, Random random)
    {
        var tags = DemoTags.For(kind, faker, string.Empty);
        tags |= random.NextDouble() < 0.02 ? SupervisionTags.NonconformingSample : SupervisionTags.None;
        tags |= random.NextDouble() < 0.02 ? SupervisionTags.Complained : SupervisionTags.None;
        tags |= random.NextDouble() < 0.01 ? SupervisionTags.PastViolation : SupervisionTags.None;
        return tags;
    }
}
