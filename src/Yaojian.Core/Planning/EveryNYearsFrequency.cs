namespace Yaojian.Core.Planning;

/// <summary>At least once every <see cref="Years"/> years: due when not inspected in the last <c>Years − 1</c> years.</summary>
public sealed record EveryNYearsFrequency(int Years) : Frequency;
