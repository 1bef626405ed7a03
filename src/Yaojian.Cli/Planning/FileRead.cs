namespace Yaojian.Cli.Planning;

/// <summary>What reading an input file gave: its <see cref="Value"/>, or else the <see cref="Failure"/> to tell the user.</summary>
internal sealed record FileRead<T>(T? Value, string? Failure)
    where T : class;
