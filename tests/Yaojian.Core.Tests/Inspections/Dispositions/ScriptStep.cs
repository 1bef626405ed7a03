using Yaojian.Core.Inspections.Dispositions;

namespace Yaojian.Core.Tests.Inspections.Dispositions;

/// <summary>
/// One random fire: a trigger (half the time one the state accepts, so scripts get somewhere), with or without a
/// reason, a new deadline relative to the day, and a result, some hours after the previous step.
/// </summary>
public sealed record ScriptStep(bool FromPermitted, int Pick, bool WithReason, int? DeadlineInDays, bool WithResult, int HoursLater)
{
    public DispositionTrigger TriggerFor(Disposition disposition)
    {
        IReadOnlyList<DispositionTrigger> choices = FromPermitted && disposition.PermittedTriggers.Count > 0
            ? disposition.PermittedTriggers
            : Enum.GetValues<DispositionTrigger>();
        return choices[Pick % choices.Count];
    }

    public DispositionData Data(DateTimeOffset now) =>
        new(DeadlineInDays is { } days ? DispositionDriver.Today(now).AddDays(days) : null, null, WithResult ? "result" : null);
}
