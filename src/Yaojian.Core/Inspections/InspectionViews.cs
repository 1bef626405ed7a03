using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Inspections.Dispositions;
using Yaojian.Core.Inspections.Evidence;
using Yaojian.Core.Security;

namespace Yaojian.Core.Inspections;

/// <summary>Loads a record with its parts, and turns it into what the form and the documents show (names masked unless needed).</summary>
internal static class InspectionViews
{
    public static Task<Inspection?> LoadAsync(YaojianDb db, int id, CancellationToken cancellationToken) =>
        db.Inspections
            .Include(i => i.Entity).ThenInclude(e => e!.Unit)
            .Include(i => i.Inspectors).ThenInclude(x => x.Inspector)
            .Include(i => i.Answers)
            .Include(i => i.Findings)
            .Include(i => i.Signatures)
            .AsSplitQuery()
            .SingleOrDefaultAsync(i => i.Id == id, cancellationToken);

    /// <summary>Earlier findings at the entity whose dispositions have not reached an end (no step left to take).</summary>
    private static async Task<List<OpenFinding>> OpenFindingsAsync(YaojianDb db, Inspection inspection, CancellationToken cancellationToken)
    {
        var followed = await db.Dispositions.AsNoTracking()
            .Where(d => d.EntityId == inspection.EntityId && d.FindingId != null)
            .Join(db.Findings, d => d.FindingId, f => f.Id, (d, f) => new { d.Id, d.Kind, d.State, d.Deadline, Finding = f })
            .Join(db.Inspections.Where(i => i.Number != inspection.Number), x => x.Finding.InspectionId, i => i.Id,
                (x, i) => new { x.Id, x.Kind, x.State, x.Deadline, x.Finding.Severity, x.Finding.Description, FindingId = x.Finding.Id, i.Number })
            .OrderBy(x => x.Id)
            .ToListAsync(cancellationToken);
        return followed
            .Where(x => !DispositionTransitions.IsFinal(x.Kind, x.State))
            .Select(x => new OpenFinding(x.FindingId, x.Number, x.Severity, x.Description, x.Id, x.Kind, x.State, x.Deadline))
            .ToList();
    }

    /// <summary>The representative and the signers are personal data: in full for who records inspections or may see personal data.</summary>
    public static bool SeesPersonalData(Caller caller) => caller.Can(Permission.RecordInspections) || caller.Can(Permission.ViewPersonalData);

    /// <summary>A person's name as the record shows it: in full, or masked to the family name.</summary>
    public static string? PersonName(bool personal, string? name) => personal ? name : Masking.PersonName(name);

    /// <summary>An officer signs in office and is named in full; the entity's representative is a private person.</summary>
    public static string SignerName(bool personal, InspectionSignature signature) =>
        signature.Role == SignerRole.Inspector ? signature.SignerName : PersonName(personal, signature.SignerName)!;

    public static async Task<InspectionDetail> DetailAsync(YaojianDb db, Caller caller, Inspection inspection, CancellationToken cancellationToken)
    {
        var previous = await db.Inspections.AsNoTracking()
            .Where(i => i.EntityId == inspection.EntityId && i.Status == InspectionStatus.Finished && i.Number != inspection.Number)
            .OrderByDescending(i => i.Id)
            .Select(i => new { i.Id, i.Number, i.FinishedAt, Findings = i.Findings.Select(f => new FindingView(f.Id, f.ItemId, f.Severity, f.Description, f.RepeatOfFindingId)).ToList() })
            .FirstOrDefaultAsync(cancellationToken);
        var evidence = await db.EvidenceFiles.AsNoTracking().Where(f => f.InspectionId == inspection.Id).OrderBy(f => f.Id)
            .Select(f => new EvidenceView(f.Id, f.FindingId, f.FileName, f.MediaType, f.Size, f.Caption, f.UploadedBy, f.UploadedAt))
            .ToListAsync(cancellationToken);
        var personal = SeesPersonalData(caller);
        return new InspectionDetail(
            inspection.Id, inspection.Number, inspection.Version, inspection.Status, inspection.Mode, inspection.EntityId,
            inspection.Entity?.Name ?? string.Empty, inspection.Entity?.Unit?.Name ?? string.Empty, inspection.PlanVisitId,
            inspection.StartedAt, inspection.FinishedAt,
            PersonName(personal, inspection.Representative),
            inspection.RepresentativeTitle,
            inspection.Inspectors.Select(i => new InspectorOnRecord(i.InspectorId, i.Inspector?.Code ?? string.Empty, i.Inspector?.Name ?? string.Empty)).ToList(),
            inspection.Answers.OrderBy(a => a.Id).Select(a => new AnswerView(a.ItemId, a.ItemText, a.Requirements.Split(';', StringSplitOptions.RemoveEmptyEntries), a.Result, a.Note, a.Heading)).ToList(),
            inspection.Findings.OrderBy(f => f.Id).Select(f => new FindingView(f.Id, f.ItemId, f.Severity, f.Description, f.RepeatOfFindingId, f.ClientKey)).ToList(),
            inspection.Signatures.OrderBy(s => s.SignedAt).Select(s => new SignatureView(s.Role, SignerName(personal, s), s.SignedAt)).ToList(),
            previous is null ? null : new PreviousInspection(previous.Id, previous.Number, previous.FinishedAt!.Value, previous.Findings),
            await OpenFindingsAsync(db, inspection, cancellationToken),
            evidence)
        {
            Notes = inspection.Notes,
            RepresentativeOpinion = inspection.RepresentativeOpinion,
            EntityAddress = inspection.Entity?.Address,
            Licences = await db.Licences.AsNoTracking().Where(l => l.EntityId == inspection.EntityId)
                .OrderBy(l => l.Type).ThenBy(l => l.Number)
                .Select(l => new Registry.LicenceView(l.Type, l.Number, l.Scope, l.IssuedOn, l.ValidUntil))
                .ToListAsync(cancellationToken),
        };
    }
}
