namespace Yaojian.Core.Registry.Grading;

/// <summary>
/// What the year-end review did: how many graded entities had a clean year, how many were raised now, and how many had
/// been raised for that year already (a second run raises nobody twice); or why it did not run.
/// </summary>
public sealed record CleanYearResult(int Year, int Clean, int Raised, int AlreadyRaised, string? Refusal = null, bool Forbidden = false)
{
    public bool Succeeded => Refusal is null && !Forbidden;

    public static CleanYearResult Refused(int year, string reason) => new(year, 0, 0, 0, reason);

    public static CleanYearResult NotAllowed(int year) => new(year, 0, 0, 0, Forbidden: true);
}
