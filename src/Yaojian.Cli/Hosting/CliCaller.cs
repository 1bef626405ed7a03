using Yaojian.Core.Security;

namespace Yaojian.Cli.Hosting;

/// <summary>
/// Whoever runs <c>yaojian</c> on the server acts as the system (they hold the database's credentials anyway); the
/// audit trail names the operating-system account.
/// </summary>
internal static class CliCaller
{
    public static Caller Current { get; } = Caller.System("cli:" + Environment.UserName);
}
