namespace Yaojian.Cli.Tests.Infrastructure;

/// <summary>The repository's plan files, copied beside the tests by the project file (plans/*.yaml).</summary>
public static class PlanFiles
{
    public const string Kazuo = "kazuo-2025.yaml";
    public const string Khorgos = "khorgos-2025.yaml";

    public static string PathOf(string fileName) => Path.Combine(AppContext.BaseDirectory, "plans", fileName);

    public static string Text(string fileName) => File.ReadAllText(PathOf(fileName));
}
