using Yaojian.Core.Security;

namespace Yaojian.Cli.Hosting;

/// <summary>Identity's stores save in the name of whoever runs the command.</summary>
internal sealed class CliCallerAccessor : ICallerAccessor
{
    public Caller Current => CliCaller.Current;
}
