namespace Yaojian.Core.Inspections;

/// <summary>
/// The rules of a record, pure: when it may be finished (two or more inspectors, every item answered, every
/// nonconformity written up as a finding, everyone signed), what a correction copies, and what counts as a repeat.
/// </summary>
public static class InspectionRules
{
    public const int MinimumInspectors = 2;

    public static IReadOnlyList<FinishProblem> ProblemsBeforeFinishing(Inspection inspection)
    {
        var problems = new List<FinishProblem>();
        if (inspection.Status != InspectionStatus.Draft)
        {
            problems.Add(FinishProblem.NotADraft);
        }

        if (inspection.Inspectors.Select(i => i.InspectorId).Distinct().Count() < MinimumInspectors)
        {
            problems.Add(FinishProblem.TooFewInspectors);
        }

        // A record without a checklist (no list of the plan applies to the entity) still says what was found or seen.
        if (inspection.Answers.Count == 0 && inspection.Findings.Count == 0 && string.IsNullOrWhiteSpace(inspection.Notes))
        {
            problems.Add(FinishProblem.NothingRecorded);
        }

        if (inspection.Answers.Any(a => a.Result is null))
        {
            problems.Add(FinishProblem.UnansweredItems);
        }

        var itemsWithFindings = inspection.Findings.Select(f => f.ItemId).ToHashSet(StringComparer.Ordinal);
        if (inspection.Answers.Any(a => a.Result == ItemResult.DoesNotConform && !itemsWithFindings.Contains(a.ItemId)))
        {
            problems.Add(FinishProblem.NonconformityWithoutFinding);
        }

        if (inspection.Signatures.Count(s => s.Role == SignerRole.Inspector) < Math.Max(MinimumInspectors, inspection.Inspectors.Count))
        {
            problems.Add(FinishProblem.InspectorNotSigned);
        }

        if (inspection.Signatures.All(s => s.Role != SignerRole.Representative))
        {
            problems.Add(FinishProblem.RepresentativeNotSigned);
        }

        return problems;
    }

    /// <summary>
    /// When something was done on site, as the phone says, if that can be true: not before the record was started, not
    /// in the future (with a minute for clocks that differ); otherwise, or when the phone says nothing, now.
    /// </summary>
    public static DateTimeOffset MomentOnSite(DateTimeOffset? claimed, DateTimeOffset startedAt, DateTimeOffset now) =>
        claimed is { } at && at >= startedAt && at <= now.AddMinutes(1) ? (at > now ? now : at) : now;

    /// <summary>A new draft version of a finished record, its content copied, signatures not (they sign again).</summary>
    public static Inspection CorrectionOf(Inspection finished, string by, DateTimeOffset now) => new()
    {
        Number = finished.Number,
        Version = finished.Version + 1,
        PreviousVersionId = finished.Id,
        EntityId = finished.EntityId,
        UnitId = finished.UnitId,
        PlanVisitId = finished.PlanVisitId,
        Mode = finished.Mode,
        StartedAt = finished.StartedAt,
        Representative = finished.Representative,
        RepresentativeTitle = finished.RepresentativeTitle,
        Checklists = finished.Checklists,
        Notes = finished.Notes,
        RepresentativeOpinion = finished.RepresentativeOpinion,
        CreatedBy = by,
        Inspectors = finished.Inspectors.Select(i => new InspectionInspector { InspectorId = i.InspectorId }).ToList(),
        Answers = finished.Answers.Select(a => new ChecklistAnswer { ItemId = a.ItemId, ItemText = a.ItemText, Requirements = a.Requirements, Heading = a.Heading, Result = a.Result, Note = a.Note }).ToList(),
        Findings = finished.Findings.OrderBy(f => f.Id).Select(f => new Finding { ItemId = f.ItemId, Severity = f.Severity, Description = f.Description, RepeatOfFindingId = f.RepeatOfFindingId }).ToList(),
    };

    /// <summary>
    /// The earlier finding this one repeats: one from the same checklist item, or failing that one with the same text
    /// (spaces and punctuation aside); the most recent wins.
    /// </summary>
    public static int? RepeatOf(string? itemId, string description, IEnumerable<EarlierFinding> earlier)
    {
        var text = Normalise(description);
        return earlier
            .Where(e => (itemId is not null && e.ItemId == itemId) || (text.Length > 0 && Normalise(e.Description) == text))
            .OrderByDescending(e => e.FoundOn)
            .Select(e => (int?)e.Id)
            .FirstOrDefault();
    }

    private static string Normalise(string text) =>
        new(text.Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c)).ToArray());
}
