namespace Yaojian.Core.Planning;

/// <summary>A milestone's projected coverage at each quarter's end.</summary>
public sealed record MilestoneCoverage(string Id, string Name, IReadOnlyList<string> Requirements, IReadOnlyList<QuarterCoverage> Quarters);
