using Yaojian.Core.Planning;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Sampling;

/// <summary>
/// What the focus lists read of a sample: its category, the sampled entity, what the product is (the catalogue's flags
/// and control class, or those the samplers gave), how it was taken, and whether the same product was found
/// nonconforming in a sample of the year before.
/// </summary>
public sealed record SampleFacts(
    string? Category,
    PlanEntity Entity,
    ProductFlags ProductFlags,
    ControlClass ControlClass,
    bool Online,
    SampleConcerns Concerns,
    bool NonconformingLastYear);
