namespace Yaojian.Core.Inspections;

/// <summary>When the inspection ended on site, as the phone says (finished without a network, sent later).</summary>
public sealed record FinishInput(DateTimeOffset? FinishedAt = null);
