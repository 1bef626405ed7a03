using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Planning;
using Yaojian.Core.Registry.Interchange;
using Yaojian.Core.Resources;
using Yaojian.Core.Security;

namespace Yaojian.Core.Registry;

/// <summary>Registers a new entity or changes one, with the same rules as an import row; a grade change is recorded.</summary>
public sealed class SaveEntity(IDbContextFactory<YaojianDb> dbFactory, TimeProvider clock, ReplanEntity replan)
{
    public const string ReasonField = "grade_change_reason";
    public const string PhoneField = "contact_phone";

    public Task<SaveResult> CreateAsync(Caller caller, EntityInput input, CancellationToken cancellationToken = default) =>
        SaveAsync(caller, null, input, cancellationToken);

    public Task<SaveResult> UpdateAsync(Caller caller, int id, EntityInput input, CancellationToken cancellationToken = default) =>
        SaveAsync(caller, id, input, cancellationToken);

    private async Task<SaveResult> SaveAsync(Caller caller, int? id, EntityInput input, CancellationToken cancellationToken)
    {
        if (!caller.Can(Permission.EditRegistry))
        {
            return SaveResult.Refused();
        }

        await using var db = await dbFactory.CreateForAsync(caller, cancellationToken);
        RegulatedEntity? entity = null;
        if (id is not null)
        {
            entity = await db.Entities.SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
            if (entity is null)
            {
                await OutOfScope.RecordIfHiddenAsync(db, id.Value, cancellationToken);
                return SaveResult.Missing();
            }
        }

        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Id, StringComparer.Ordinal, cancellationToken);
        var errors = new ImportErrors();
        var row = input.ToRow();

        // The same rules as every cell of an imported file, and then as its rows.
        foreach (var (column, value) in row.Cells.Append(KeyValuePair.Create(PhoneField, input.ContactPhone ?? string.Empty)))
        {
            if (CellText.Check(value) is { } reason)
            {
                errors.Add(new ImportError(string.Empty, 0, column, reason));
            }
        }

        var parsed = EntityRowParser.Parse(string.Empty, row, units, errors);
        if (EntityRules.CheckText(input.ContactPhone, Text.Column_contact_phone, EntityRules.PhoneMaxLength) is { } phoneError)
        {
            errors.Add(new ImportError(string.Empty, 0, PhoneField, phoneError));
        }

        if (parsed is not null && !caller.Scope.Includes(parsed.UnitId))
        {
            errors.Add(new ImportError(string.Empty, 0, EntityColumns.Unit, EnumText.Format(Text.Error_UnitOutOfScope, input.Unit)));
        }

        // Codes and credit codes are unique across every unit, including those the caller cannot see; a code that only
        // looks like another (case, full-width, invisible characters) is taken too.
        if (parsed is not null)
        {
            var stored = await StoredKeys.LoadAsync(db, cancellationToken);
            if (stored.CodeLike(CodeKey.Of(parsed.Code)) is { } taken && taken != entity?.Code)
            {
                errors.Add(new ImportError(string.Empty, 0, EntityColumns.Code, taken == parsed.Code
                    ? EnumText.Format(Text.Error_CodeTaken, parsed.Code)
                    : EnumText.Format(Text.Error_LookalikeCode, parsed.Code, taken)));
            }

            if (parsed.Uscc is { } uscc && stored.UsccOwner(uscc) is { } owner && owner != entity?.Code)
            {
                errors.Add(new ImportError(string.Empty, 0, EntityColumns.Uscc, EnumText.Format(Text.Error_UsccTaken, uscc)));
            }
        }

        var gradeChanges = parsed is not null && entity is not null && entity.CreditGrade != parsed.CreditGrade;
        if (gradeChanges && string.IsNullOrWhiteSpace(input.GradeChangeReason))
        {
            errors.Add(new ImportError(string.Empty, 0, ReasonField, Text.Error_GradeReasonRequired));
        }

        if (errors.Count > 0 || parsed is null)
        {
            return SaveResult.Invalid(errors.GroupBy(e => e.Column).ToDictionary(g => g.Key, g => g.Select(e => e.Reason).ToArray()));
        }

        var today = clock.Today();
        if (entity is null)
        {
            entity = new RegulatedEntity { Code = parsed.Code, Name = parsed.Name };
            db.Entities.Add(entity);
            if (parsed.CreditGrade is not null)
            {
                entity.GradeHistory.Add(new CreditGradeChange
                {
                    ToGrade = parsed.CreditGrade,
                    EffectiveOn = today,
                    Reason = input.GradeChangeReason?.Trim() is { Length: > 0 } r ? r : Text.GradeChange_Registered,
                });
            }
        }
        else if (gradeChanges)
        {
            entity.GradeHistory.Add(new CreditGradeChange
            {
                FromGrade = entity.CreditGrade,
                ToGrade = parsed.CreditGrade,
                EffectiveOn = today,
                Reason = input.GradeChangeReason!.Trim(),
            });
        }

        // A new entity registered mid-year is planned for the rest of it; a changed one follows what the plan now asks.
        var replans = entity.Id == 0 || gradeChanges || EntityRules.ChangesPlanning(entity, parsed);
        entity.Code = parsed.Code;
        entity.Name = parsed.Name;
        entity.Uscc = parsed.Uscc;
        entity.Kind = parsed.Kind;
        entity.UnitId = parsed.UnitId;
        entity.Area = parsed.Area;
        entity.CreditGrade = parsed.CreditGrade;
        entity.DeviceTier = parsed.DeviceTier;
        entity.Status = parsed.Status;
        entity.Tags = parsed.Tags;
        entity.Township = NullIfEmpty(parsed.Township);
        entity.Address = NullIfEmpty(parsed.Address);
        entity.LegalRepresentative = NullIfEmpty(parsed.LegalRepresentative);
        entity.ContactPhone = KeepsStoredPhone(input.ContactPhone, entity.ContactPhone) ? entity.ContactPhone : NullIfEmpty(input.ContactPhone?.Trim());
        await db.SaveChangesAsync(cancellationToken);

        // What the plan asks of this entity may have changed (a grade D is monthly): its remaining visits follow.
        if (replans)
        {
            await replan.RunAsync(caller, entity.Id, today, cancellationToken);
        }

        return SaveResult.Saved(entity.Id);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    /// <summary>
    /// A client that read the entity (phone masked) and sends it back unchanged, or omits the phone, keeps the stored
    /// number rather than erasing it or saving the mask.
    /// </summary>
    private static bool KeepsStoredPhone(string? sent, string? stored) =>
        stored is not null && (sent is null || sent.Trim() == Masking.Phone(stored));
}
