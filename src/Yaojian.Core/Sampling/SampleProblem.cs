namespace Yaojian.Core.Sampling;

/// <summary>Why a sample or a result was refused: the field (as the API names it) and the reason in Chinese.</summary>
public sealed record SampleProblem(string Field, string Message);
