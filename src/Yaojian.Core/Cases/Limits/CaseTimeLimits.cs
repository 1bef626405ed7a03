namespace Yaojian.Core.Cases.Limits;

/// <summary>
/// The time limits of clues and cases a plan file sets (<c>clues:</c>, <c>cases:</c>) and the working-day calendar they
/// are counted by (<c>calendar:</c>); a plan file without them sets none, and nothing is due.
/// </summary>
public sealed record CaseTimeLimits(WorkingCalendar Calendar, IReadOnlyList<ClueTimeLimit> Clues, IReadOnlyList<CaseTimeLimit> Cases)
{
    public static CaseTimeLimits None { get; } = new(WorkingCalendar.WeekendsOnly, [], []);

    /// <summary>The entry naming <paramref name="source"/>, or else the one for every other source.</summary>
    public ClueTimeLimit? ForClue(ClueSource source) =>
        Clues.FirstOrDefault(c => c.Sources?.Contains(source) == true) ?? Clues.FirstOrDefault(c => c.Sources is null);

    public CaseTimeLimit? ForCase(CaseLimitKind kind) => Cases.FirstOrDefault(c => c.Limit == kind);

    /// <summary>The day a clue received on <paramref name="receivedOn"/> must be triaged by, or null when no limit applies.</summary>
    public DateOnly? ClueDue(ClueSource source, DateOnly receivedOn) =>
        ForClue(source) is { } limit ? Calendar.End(receivedOn, limit.Within) : null;

    /// <summary>The day <paramref name="kind"/> is due when its period starts on <paramref name="start"/>, or null without a limit.</summary>
    public DateOnly? CaseDue(CaseLimitKind kind, DateOnly start) =>
        ForCase(kind) is { } limit ? Calendar.End(start, limit.Within) : null;

    /// <summary>The day an extension of a limit that ends on <paramref name="due"/> would end on, or null when it cannot be extended.</summary>
    public DateOnly? Extended(LegalPeriod? extend, DateOnly? due) =>
        extend is not null && due is { } day ? Calendar.End(day, extend) : null;
}
