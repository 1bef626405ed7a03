namespace Yaojian.Core.Inspections.Dispositions;

/// <summary>What a transition may carry besides who and why.</summary>
/// <param name="NewDeadline">
/// The deadline set by issuing, extending, a failed re-check, rescheduling or a reminder; for an interview the date it
/// is held, for a referral the date to follow up by.
/// </param>
/// <param name="ReplySummary">The gist of the entity's rectification reply.</param>
/// <param name="ResultText">The result a receiver or the case reports.</param>
public sealed record DispositionData(DateOnly? NewDeadline = null, string? ReplySummary = null, string? ResultText = null);
