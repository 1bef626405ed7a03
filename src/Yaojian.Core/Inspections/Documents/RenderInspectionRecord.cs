using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Registry;
using Yaojian.Core.Security;

namespace Yaojian.Core.Inspections.Documents;

/// <summary>
/// The 现场检查笔录 of a record of the caller's units, as a .docx: the entity as the registry has it, the bureau from
/// the plan files (<see cref="BureauNames"/>), names masked as the form masks them. Another unit's record is not found.
/// </summary>
public sealed class RenderInspectionRecord(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock)
{
    public async Task<RenderedDocument?> RunAsync(Caller caller, int inspectionId, CancellationToken cancellationToken = default)
    {
        if (!caller.Can(Permission.ViewInspections))
        {
            return null;
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        var inspection = await InspectionViews.LoadAsync(db, inspectionId, cancellationToken);
        if (inspection is null)
        {
            return null;
        }

        // The record is in scope; its entity may belong to another unit (an office's inspection of a station's pharmacy).
        var entity = await db.Entities.IgnoreQueryFilters().AsNoTracking().SingleAsync(e => e.Id == inspection.EntityId, cancellationToken);
        var year = TimeZoneInfo.ConvertTime(inspection.StartedAt, clock.LocalTimeZone).Year;
        var bureau = await BureauNames.ForAsync(db, year, inspection.UnitId, cancellationToken);
        var input = Input(inspection, entity, bureau, InspectionViews.SeesPersonalData(caller));
        return RenderedDocument.Docx(InspectionRecordDocument.Title, inspection.Number, InspectionRecordDocument.Create(input));
    }

    private static InspectionRecordDocumentInput Input(Inspection inspection, RegulatedEntity entity, string bureau, bool personal)
    {
        var signatures = inspection.Signatures.OrderBy(s => s.SignedAt).ToList();
        SignatureLine Line(InspectionSignature signature) => new(InspectionViews.SignerName(personal, signature), signature.SignedAt);
        return new InspectionRecordDocumentInput
        {
            BureauName = bureau,
            Number = inspection.Number,
            EntityName = entity.Name,
            Address = entity.Address,
            CreditCode = entity.Uscc,
            LegalRepresentative = entity.LegalRepresentative,
            EntityKind = EnumText.Of(entity.Kind),
            Mode = EnumText.Of(inspection.Mode),
            StartedAt = inspection.StartedAt,
            EndedAt = inspection.FinishedAt,
            Inspectors = [.. inspection.Inspectors.OrderBy(i => i.Id).Select(i => new InspectorLine(i.Inspector?.Name ?? string.Empty, i.Inspector?.CertificateNumber))],
            Representative = InspectionViews.PersonName(personal, inspection.Representative),
            RepresentativeTitle = inspection.RepresentativeTitle,
            Answers = [.. inspection.Answers.OrderBy(a => a.Id).Select(a => new ChecklistLine(a.ItemText, a.Result is { } result ? EnumText.Of(result) : string.Empty, a.Note))],
            Findings = [.. inspection.Findings.OrderBy(f => f.Id).Select(FindingLine.Of)],
            Notes = inspection.Notes,
            RepresentativeOpinion = inspection.RepresentativeOpinion,
            InspectorSignatures = [.. signatures.Where(s => s.Role == SignerRole.Inspector).Select(Line)],
            RepresentativeSignature = signatures.Where(s => s.Role == SignerRole.Representative).Select(Line).LastOrDefault(),
        };
    }
}
