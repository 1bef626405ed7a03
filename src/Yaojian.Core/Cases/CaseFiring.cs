namespace Yaojian.Core.Cases;

/// <summary>The single parameter every case trigger carries through Stateless: who, when, and the step.</summary>
internal sealed record CaseFiring(string Actor, DateTimeOffset Now, CaseStep Step)
{
    /// <summary>The calendar day at the caller's offset: the bureau passes its own local time.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    /// <summary>The day the step took effect: the one given, or today.</summary>
    public DateOnly On => Step.On ?? Today;
}
