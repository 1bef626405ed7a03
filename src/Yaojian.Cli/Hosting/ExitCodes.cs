namespace Yaojian.Cli.Hosting;

/// <summary>What <c>yaojian</c> returns; scripts rely on these (docs/cli.md).</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The data was refused (an import file with errors); nothing was written.</summary>
    public const int Refused = 1;

    /// <summary>The command line was wrong: an unknown option, a missing file, an unsupported extension.</summary>
    public const int Usage = 2;

    /// <summary>The database could not be reached or configured.</summary>
    public const int Database = 3;

    /// <summary>A bug: an exception nobody expected (sysexits' EX_SOFTWARE).</summary>
    public const int Unexpected = 70;

    public const int Cancelled = 130;
}
