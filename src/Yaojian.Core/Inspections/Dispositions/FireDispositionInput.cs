namespace Yaojian.Core.Inspections.Dispositions;

/// <summary>A step of a disposition: the trigger, why, and the data it needs (a new deadline, the reply, the result).</summary>
public sealed record FireDispositionInput(DispositionTrigger Trigger, string? Reason, DateOnly? NewDeadline, string? ReplySummary, string? ResultText);
