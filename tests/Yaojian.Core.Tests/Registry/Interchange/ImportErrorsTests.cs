using Yaojian.Core.Registry.Interchange;

namespace Yaojian.Core.Tests.Registry.Interchange;

/// <summary>The bounded error list of every import (<see cref="ImportErrors"/>).</summary>
public sealed class ImportErrorsTests
{
    [Fact]
    public void Add_FiftyThousandErrorsInAnyOrder_ListsTheFirstThousandByRowAndCountsTheRest()
    {
        var errors = new ImportErrors(c => c == "b" ? 1 : 0);
        foreach (var row in Enumerable.Range(2, 25_000).OrderBy(r => (r * 7919) % 25_013))
        {
            errors.Add(new ImportError("f.csv", row, "b", "x"));
            errors.Add(new ImportError("f.csv", row, "a", "x"));
        }

        Assert.Equal(50_000, errors.Total);
        Assert.Equal(ImportErrors.MaxListed, errors.Count);
        Assert.Equal(50_000 - ImportErrors.MaxListed, errors.Omitted);
        Assert.Equal(
            Enumerable.Range(2, 500).SelectMany(r => new[] { (r, "a"), (r, "b") }),
            errors.Select(e => (e.Row, e.Column)));
    }

    [Fact]
    public void Add_FewErrors_ListsThemAllAndOmitsNone()
    {
        var errors = new ImportErrors();
        errors.Add(new ImportError("f.csv", 3, "a", "x"));
        errors.Add(new ImportError("f.csv", 0, string.Empty, "y"));

        Assert.Equal([0, 3], errors.Select(e => e.Row));
        Assert.Equal(0, errors.Omitted);
    }
}
