namespace Yaojian.Core.Sampling;

/// <summary>A value as files and the API name it (<c>maternal</c>, a focus list's id) with its Chinese name.</summary>
public sealed record CodeName(string Code, string Name);
