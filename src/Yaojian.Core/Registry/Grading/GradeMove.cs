namespace Yaojian.Core.Registry.Grading;

/// <summary>
/// What a grading rule does to a grade: lower or raise it by <see cref="Steps"/> (never past D or A), or set it to
/// <see cref="To"/>. A set grade only ever moves the way the event points: "set D" on a finding leaves a D as it is and
/// never raises anybody, "set A" on a clean year never lowers.
/// </summary>
public sealed record GradeMove(GradeMoveKind Kind, int Steps, CreditGrade? To)
{
    public const int MaxSteps = 3;

    public static GradeMove Lower(int steps) => new(GradeMoveKind.Lower, steps, null);

    public static GradeMove Raise(int steps) => new(GradeMoveKind.Raise, steps, null);

    public static GradeMove Set(CreditGrade grade) => new(GradeMoveKind.Set, 0, grade);

    /// <summary>The grade this move gives from <paramref name="current"/> for an event that lowers (or raises) grades.</summary>
    public CreditGrade ApplyTo(CreditGrade current, bool lowering) => Kind switch
    {
        GradeMoveKind.Lower => Clamp((int)current + Steps),
        GradeMoveKind.Raise => Clamp((int)current - Steps),
        GradeMoveKind.Set when To is { } to => lowering ? Worse(current, to) : Better(current, to),
        GradeMoveKind.Set => current,
    };

    // A is 1 and D is 4: a lower grade is a larger number.
    private static CreditGrade Clamp(int value) => (CreditGrade)Math.Clamp(value, (int)CreditGrade.A, (int)CreditGrade.D);

    private static CreditGrade Worse(CreditGrade a, CreditGrade b) => (CreditGrade)Math.Max((int)a, (int)b);

    private static CreditGrade Better(CreditGrade a, CreditGrade b) => (CreditGrade)Math.Min((int)a, (int)b);
}
