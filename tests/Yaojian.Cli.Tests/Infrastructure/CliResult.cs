namespace Yaojian.Cli.Tests.Infrastructure;

/// <summary>What one run of <c>yaojian</c> left: its exit code and everything it wrote to each stream.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>For assertion messages: the whole run at a glance.</summary>
    public override string ToString() => $"exit code {ExitCode}\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}";
}
