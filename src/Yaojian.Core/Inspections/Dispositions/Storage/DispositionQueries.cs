using System.Linq.Expressions;

namespace Yaojian.Core.Inspections.Dispositions.Storage;

/// <summary>
/// Open and closed as the database filters them: one <c>kind = k AND state IN (…)</c> term per kind, the states read
/// from the machines (<see cref="DispositionTransitions.FinalStatesOf"/>), so a new final state needs no change here.
/// </summary>
internal static class DispositionQueries
{
    private static readonly Expression<Func<DispositionRecord, bool>> InFinalState = InStatesOf(DispositionTransitions.FinalStatesOf);

    private static readonly Expression<Func<DispositionRecord, bool>> InOpenState =
        InStatesOf(kind => [.. DispositionTransitions.StatesOf(kind).Where(s => !DispositionTransitions.IsFinal(kind, s))]);

    public static IQueryable<DispositionRecord> Open(this IQueryable<DispositionRecord> dispositions) => dispositions.Where(InOpenState);

    public static IQueryable<DispositionRecord> Closed(this IQueryable<DispositionRecord> dispositions) => dispositions.Where(InFinalState);

    private static Expression<Func<DispositionRecord, bool>> InStatesOf(Func<DispositionKind, IReadOnlyList<DispositionState>> statesOf)
    {
        var record = Expression.Parameter(typeof(DispositionRecord), "d");
        var kind = Expression.Property(record, nameof(DispositionRecord.Kind));
        var state = Expression.Property(record, nameof(DispositionRecord.State));
        Expression body = Expression.Constant(false);
        foreach (var each in Enum.GetValues<DispositionKind>())
        {
            var states = Expression.Constant(statesOf(each).ToArray());
            var inStates = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(DispositionState)], states, state);
            body = Expression.OrElse(body, Expression.AndAlso(Expression.Equal(kind, Expression.Constant(each)), inStates));
        }

        return Expression.Lambda<Func<DispositionRecord, bool>>(body, record);
    }
}
