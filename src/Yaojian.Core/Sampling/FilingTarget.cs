namespace Yaojian.Core.Sampling;

/// <summary>The share of the year's nonconforming results that must become filed cases (立案查处率, KZ-D-3.6: 100%).</summary>
public sealed record FilingTarget(decimal Share, IReadOnlyList<string> Requirements);
