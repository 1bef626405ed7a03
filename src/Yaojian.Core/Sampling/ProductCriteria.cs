using Yaojian.Core.Registry;

namespace Yaojian.Core.Sampling;

/// <summary>
/// What the sampled product must be: one of <see cref="Flags"/> (any), of <see cref="ControlClasses"/> (any), and, with
/// <see cref="NonconformingLastYear"/>, a product found nonconforming in a sample of the year before (跟踪抽检).
/// </summary>
public sealed record ProductCriteria(ProductFlags Flags, IReadOnlySet<ControlClass> ControlClasses, bool NonconformingLastYear);
