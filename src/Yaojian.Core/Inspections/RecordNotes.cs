using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;
using Yaojian.Core.Resources;
using Yaojian.Core.Security;

namespace Yaojian.Core.Inspections;

/// <summary>Saves a draft record's notes and the representative's opinion, as the form sends them.</summary>
public sealed class RecordNotes(IDbContextFactory<YaojianDb> dbFactory)
{
    public const int MaxNotes = 2000;
    public const int MaxOpinion = 1000;

    public Task<InspectionOutcome> RunAsync(Caller caller, int id, NotesInput input, CancellationToken cancellationToken = default) =>
        DraftEdit.RunAsync(dbFactory, caller, id, (_, inspection) =>
        {
            if (input.Notes?.Trim().Length > MaxNotes || input.RepresentativeOpinion?.Trim().Length > MaxOpinion)
            {
                return Task.FromResult<IReadOnlyList<string>>([Common.EnumText.Format(Text.Inspection_NotesTooLong, MaxNotes, MaxOpinion)]);
            }

            inspection.Notes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes.Trim();
            inspection.RepresentativeOpinion = string.IsNullOrWhiteSpace(input.RepresentativeOpinion) ? null : input.RepresentativeOpinion.Trim();
            return Task.FromResult<IReadOnlyList<string>>([]);
        }, cancellationToken);
}
