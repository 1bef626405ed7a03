namespace Yaojian.Core.Inspections.Dispositions.Storage;

/// <summary>Between the stored rows and the aggregate whose state machine decides every transition.</summary>
internal static class DispositionStorage
{
    public static Disposition ToAggregate(DispositionRecord record) =>
        Disposition.Restore(record.Kind, record.EntityId, record.FindingId, record.Receiver, record.State, record.Deadline,
            record.Events.OrderBy(e => e.Id).Select(e => new DispositionEvent(e.From, e.To, e.Trigger, e.Actor, e.At, e.Reason,
                e.NewDeadline is null && e.ReplySummary is null && e.ResultText is null ? null : new DispositionData(e.NewDeadline, e.ReplySummary, e.ResultText))));

    /// <summary>
    /// Copies the aggregate's state and its events not stored yet back into the record. Events are fired at the bureau's
    /// local time (its date judges deadlines) but stored in UTC, the only offset PostgreSQL's timestamptz takes.
    /// </summary>
    public static void Apply(Disposition disposition, DispositionRecord record)
    {
        record.State = disposition.State;
        record.Deadline = disposition.Deadline;
        foreach (var e in disposition.Events.Skip(record.Events.Count))
        {
            record.Events.Add(new DispositionEventRecord
            {
                From = e.From,
                To = e.To,
                Trigger = e.Trigger,
                Actor = e.Actor,
                At = e.At.ToUniversalTime(),
                Reason = e.Reason,
                NewDeadline = e.Data?.NewDeadline,
                ReplySummary = e.Data?.ReplySummary,
                ResultText = e.Data?.ResultText,
            });
        }
    }
}
