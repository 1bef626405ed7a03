using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace Yaojian.Cli.Tests.Infrastructure;

/// <summary>
/// Runs the real command line as a user does: <c>dotnet yaojian.dll …</c> in a folder of their choosing, with the
/// yaojian.dll built beside this test assembly (the project reference puts it there).
/// </summary>
public static class YaojianCli
{
    /// <summary>A plan command takes well under a second; a minute means it hangs.</summary>
    public static TimeSpan Timeout { get; } = TimeSpan.FromSeconds(60);

    public static string Dll { get; } = Path.Combine(AppContext.BaseDirectory, "yaojian.dll");

    /// <summary>The dotnet host running these tests, so the CLI runs on the same runtime.</summary>
    public static string DotnetHost { get; } = FindHost();

    public static async Task<CliResult> RunAsync(string workingDirectory, IEnumerable<string> args, CancellationToken cancellationToken)
    {
        if (!File.Exists(Dll))
        {
            throw new FileNotFoundException("yaojian.dll is not beside the tests: build tests/Yaojian.Cli.Tests.", Dll);
        }

        var start = new ProcessStartInfo(DotnetHost)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{DotnetHost} did not start.");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"yaojian {string.Join(' ', args)} did not finish within {Timeout.TotalSeconds} s.");
        }

        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    public static Task<CliResult> RunAsync(string workingDirectory, params string[] args) =>
        RunAsync(workingDirectory, args, TestContext.Current.CancellationToken);

    private static string FindHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        // …/dotnet/shared/Microsoft.NETCore.App/<version>/ → …/dotnet/dotnet
        var runtime = new DirectoryInfo(RuntimeEnvironment.GetRuntimeDirectory());
        var root = runtime.Parent?.Parent?.Parent?.FullName;
        var name = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        return root is not null && File.Exists(Path.Combine(root, name)) ? Path.Combine(root, name) : name;
    }
}
