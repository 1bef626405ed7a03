namespace Yaojian.Core.Inspections.Dispositions;

/// <summary>The single parameter every trigger carries through Stateless, so guards and the event see the same input.</summary>
internal sealed record DispositionInput(string Actor, DateTimeOffset Now, string? Reason, DispositionData? Data)
{
    /// <summary>The calendar day at the caller's offset: the bureau passes its own local time.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);
}
