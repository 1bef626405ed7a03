using Yaojian.Core.Inspections.Dispositions;

namespace Yaojian.Core.Tests.Inspections.Dispositions;

/// <summary>What a fire may change.</summary>
public sealed record DispositionSnapshot(DispositionState State, DateOnly? Deadline, int EventCount)
{
    public static DispositionSnapshot Of(Disposition disposition) => new(disposition.State, disposition.Deadline, disposition.Events.Count);
}
