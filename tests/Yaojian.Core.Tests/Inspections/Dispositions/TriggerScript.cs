using Yaojian.Core.Inspections.Dispositions;

namespace Yaojian.Core.Tests.Inspections.Dispositions;

/// <summary>A random life of one disposition: its kind and the fires tried on it, refused or not.</summary>
public sealed record TriggerScript(DispositionKind Kind, IReadOnlyList<ScriptStep> Steps)
{
    public DateTimeOffset End => DispositionDriver.Start.AddHours(Steps.Sum(s => s.HoursLater));

    public (Disposition Disposition, IReadOnlyList<ScriptFire> Fires) Play()
    {
        var disposition = DispositionDriver.Create(Kind);
        var fires = new List<ScriptFire>();
        var now = DispositionDriver.Start;
        foreach (var step in Steps)
        {
            now = now.AddHours(step.HoursLater);
            var trigger = step.TriggerFor(disposition);
            var before = DispositionSnapshot.Of(disposition);
            var result = disposition.Fire(trigger, "actor", now, step.WithReason ? "why" : null, step.Data(now));
            fires.Add(new ScriptFire(trigger, result, before, DispositionSnapshot.Of(disposition)));
        }
        return (disposition, fires);
    }

    public override string ToString() => $"{Kind}: {string.Join(", ", Steps)}";
}
