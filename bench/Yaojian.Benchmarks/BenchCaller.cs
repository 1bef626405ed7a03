using Yaojian.Core.Security;

namespace Yaojian.Benchmarks;

/// <summary>The benchmarks act as the system: every unit in scope, every write audited in its name.</summary>
internal static class BenchCaller
{
    public static Caller Current { get; } = Caller.System("system:bench");
}
