using Yaojian.Core.Cases.Limits;

namespace Yaojian.Core.Cases;

/// <summary>
/// A legal time limit of a case as shown: its name and legal basis (from the plan file in force), the day it is due,
/// the day the step was done (if it was), whether it still runs, and whether it is overdue or was met late.
/// </summary>
public sealed record CaseLimitView(CaseLimitKind Kind, string? Name, string? Basis, DateOnly DueOn, DateOnly? DoneOn, bool Running, bool Overdue, bool Late);
