namespace Yaojian.Core.Planning;

/// <summary>An inspection that took place: the history the engine reads for "not inspected in the last N years".</summary>
public sealed record PastInspection(string EntityCode, DateOnly Date);
