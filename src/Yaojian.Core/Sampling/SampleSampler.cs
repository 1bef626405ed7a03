using Yaojian.Core.Planning;

namespace Yaojian.Core.Sampling;

/// <summary>An officer who took the sample (at least two, as for inspections).</summary>
public class SampleSampler
{
    public int Id { get; set; }

    public int SampleId { get; set; }

    public int InspectorId { get; set; }

    public Inspector? Inspector { get; set; }
}
