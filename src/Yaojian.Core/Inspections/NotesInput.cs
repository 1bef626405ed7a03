namespace Yaojian.Core.Inspections;

/// <summary>The record's free text: other facts the officers note (其他需要说明的情况) and the representative's opinion.</summary>
public sealed record NotesInput(string? Notes, string? RepresentativeOpinion);
