using FsCheck;
using FsCheck.Fluent;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Tests.Registry;

/// <summary>Any combination of supervision tags, from none to all.</summary>
public static class TagArbitraries
{
    public static Arbitrary<SupervisionTags> Tags() =>
        Gen.SubListOf(SupervisionTagNames.Each.ToArray())
            .Select(list => list.Aggregate(SupervisionTags.None, (all, t) => all | t))
            .ToArbitrary();
}
