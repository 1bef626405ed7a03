namespace Yaojian.Core.Planning.Interchange;

/// <summary>The column names of the plan engine's files (docs/cli.md, "plan generate"): an interface, keep them.</summary>
public static class PlanFileColumns
{
    public static readonly string[] Inspectors = ["code", "name", "unit", "conflicts"];

    /// <summary>An optional column of the inspectors file, read by the import (plan generate does not need it).</summary>
    public const string CertificateNumber = "certificate_number";

    public static readonly string[] History = ["entity_code", "date"];

    public static readonly string[] Visits = ["entity_code", "rule_ids", "window_start", "window_end", "unit", "inspectors"];
}
