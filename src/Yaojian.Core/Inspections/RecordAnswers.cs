using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Common;
using Yaojian.Core.Data;
using Yaojian.Core.Resources;
using Yaojian.Core.Security;

namespace Yaojian.Core.Inspections;

/// <summary>Saves answers to checklist items of a draft record (any number at a time, as the form sends them).</summary>
public sealed class RecordAnswers(IDbContextFactory<YaojianDb> dbFactory)
{
    public Task<InspectionOutcome> RunAsync(Caller caller, int id, IReadOnlyList<AnswerInput> answers, CancellationToken cancellationToken = default) =>
        DraftEdit.RunAsync(dbFactory, caller, id, (_, inspection) =>
        {
            var errors = new List<string>();
            foreach (var answer in answers)
            {
                var item = inspection.Answers.FirstOrDefault(a => a.ItemId == answer.ItemId);
                if (item is null)
                {
                    errors.Add(EnumText.Format(Text.Inspection_UnknownItem, answer.ItemId));
                    continue;
                }

                if (answer.Result is { } result && !Enum.IsDefined(result))
                {
                    errors.Add(EnumText.Format(Text.Inspection_BadResult, answer.ItemId));
                    continue;
                }

                item.Result = answer.Result;
                item.Note = string.IsNullOrWhiteSpace(answer.Note) ? null : answer.Note.Trim()[..Math.Min(answer.Note.Trim().Length, 1000)];
            }

            return Task.FromResult<IReadOnlyList<string>>(errors);
        }, cancellationToken);
}
