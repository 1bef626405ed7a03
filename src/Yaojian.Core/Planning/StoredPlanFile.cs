namespace Yaojian.Core.Planning;

/// <summary>A plan file as loaded, kept verbatim with its hash, so a drawn plan can always be traced to its rules.</summary>
public class StoredPlanFile
{
    public int Id { get; set; }

    /// <summary>The plan's own <c>id</c> (e.g. <c>kazuo-2025</c>).</summary>
    public required string PlanKey { get; set; }

    public int Year { get; set; }

    public required string Title { get; set; }

    public required string FileName { get; set; }

    public required string Yaml { get; set; }

    /// <summary>SHA-256 of the file's bytes, in hex: published with the draw.</summary>
    public required string Sha256 { get; set; }

    public DateTimeOffset LoadedAt { get; set; }

    public required string LoadedBy { get; set; }
}
