namespace Yaojian.Core.Inspections.Dispositions;

/// <summary>A step of a disposition: the trigger, why, and the data it needs (a new deadline, the reply, the result).</summary>
/// <param name="CaseId">For a case filing's hand-over: the open case it joins; a new case is registered when null.</param>
public sealed record FireDispositionInput(DispositionTrigger Trigger, string? Reason, DateOnly? NewDeadline, string? ReplySummary, string? ResultText, int? CaseId = null);
