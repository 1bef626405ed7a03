using System.Reflection;

namespace Yaojian.Core.Planning;

/// <summary>The plan files shipped in <c>plans/</c> (the two real plans), offered for loading without an upload.</summary>
public static class BundledPlans
{
    private const string Prefix = "plans/";

    public static IReadOnlyList<string> FileNames { get; } =
        typeof(BundledPlans).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..])
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The file's bytes, or null for a name that is not bundled.</summary>
    public static Stream? Open(string fileName) =>
        FileNames.Contains(fileName, StringComparer.Ordinal)
            ? Assembly.GetExecutingAssembly().GetManifestResourceStream(Prefix + fileName)
            : null;
}
