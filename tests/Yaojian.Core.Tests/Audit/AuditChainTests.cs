using FsCheck;
using FsCheck.Fluent;
using Yaojian.Core.Audit;

namespace Yaojian.Core.Tests.Audit;

public sealed class AuditChainTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 15, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Verify_UntouchedChain_IsIntact()
    {
        var (records, head) = Chain(5);

        var result = AuditChain.Verify(records, head);

        Assert.True(result.IsIntact);
        Assert.Equal(5, result.Checked);
    }

    [Fact]
    public void Verify_EmptyChainWithFreshHead_IsIntact() =>
        Assert.True(AuditChain.Verify([], new AuditHead()).IsIntact);

    [Fact]
    public void Verify_ChangedValue_NamesThatRecordAsAltered()
    {
        var (records, head) = Chain(6);
        records[3].After = "{\"CreditGrade\":\"A\"}";

        var result = AuditChain.Verify(records, head);

        Assert.Equal((false, 4L, AuditProblem.Altered), (result.IsIntact, result.FirstBadSequence, result.Problem));
    }

    [Fact]
    public void Verify_RecordRemovedFromTheMiddle_NamesTheMissingSequence()
    {
        var (records, head) = Chain(6);
        records.RemoveAt(2);

        var result = AuditChain.Verify(records, head);

        Assert.Equal((3L, AuditProblem.Removed), (result.FirstBadSequence, result.Problem));
    }

    [Fact]
    public void Verify_LastRecordRemoved_IsCaughtByTheHead()
    {
        var (records, head) = Chain(4);
        records.RemoveAt(3);

        var result = AuditChain.Verify(records, head);

        Assert.Equal((4L, AuditProblem.Removed), (result.FirstBadSequence, result.Problem));
    }

    [Fact]
    public void Verify_RecordAddedAfterTheHead_NamesItAsInserted()
    {
        var (records, head) = Chain(3);
        var forged = Record("forger");
        forged.Sequence = 4;
        forged.PreviousHash = records[^1].Hash;
        forged.Hash = AuditChain.ComputeHash(forged);
        records.Add(forged);

        var result = AuditChain.Verify(records, head);

        Assert.Equal((4L, AuditProblem.Inserted), (result.FirstBadSequence, result.Problem));
    }

    [Fact]
    public void Verify_HashRecomputedAfterAnEdit_BreaksTheNextLink()
    {
        var (records, head) = Chain(5);
        records[1].Actor = "someone-else";
        records[1].Hash = AuditChain.ComputeHash(records[1]);

        var result = AuditChain.Verify(records, head);

        Assert.Equal((3L, AuditProblem.Altered), (result.FirstBadSequence, result.Problem));
    }

    [Fact]
    public void Append_TruncatesTimeToMilliseconds_SoEveryDatabaseStoresWhatWasHashed()
    {
        var head = new AuditHead();
        var record = Record("a");
        record.At = Start.AddTicks(12_345);

        AuditChain.Append(head, record);

        Assert.Equal(0, record.At.Ticks % TimeSpan.TicksPerMillisecond);
        Assert.Equal(record.Hash, head.LastHash);
    }

    /// <summary>Whatever single field of whichever record is changed, verification names that record.</summary>
    [FsCheck.Xunit.Property(MaxTest = 200)]
    public Property Verify_AnySingleFieldChange_IsDetectedAtThatRecord(PositiveInt size, NonNegativeInt which, NonNegativeInt field, NonEmptyString value)
    {
        var count = (size.Get % 20) + 1;
        var (records, head) = Chain(count);
        var target = records[which.Get % count];
        var changed = Change(target, field.Get % 6, value.Get);

        var result = AuditChain.Verify(records, head);

        return (!changed || (!result.IsIntact && result.FirstBadSequence == target.Sequence)).ToProperty();
    }

    [FsCheck.Xunit.Property(MaxTest = 100)]
    public Property Verify_EveryTailCutWithTheHeadRewound_FailsAgainstALaterAnchor(PositiveInt size, NonNegativeInt anchored, NonNegativeInt kept)
    {
        var (records, _) = Chain(size.Get);
        var at = records[anchored.Get % size.Get];
        var keep = kept.Get % (int)at.Sequence;
        var rewound = new AuditHead { LastSequence = keep, LastHash = keep == 0 ? AuditChain.Genesis : records[keep - 1].Hash };

        var result = AuditChain.Verify(records.Take(keep), rewound, new AuditAnchor(at.Sequence, at.Hash, Start));

        return (!result.IsIntact && result.Problem == AuditProblem.TailMissing && result.FirstBadSequence == keep + 1).ToProperty();
    }

    [Fact]
    public void Verify_AChainRewrittenWholesale_DiffersFromTheAnchor()
    {
        var (records, _) = Chain(4);
        var anchor = new AuditAnchor(3, records[2].Hash, Start);
        var forgedHead = new AuditHead();
        var forged = Enumerable.Range(1, 4).Select(i => AuditChain.Append(forgedHead, Record($"forger{i}"))).ToList();

        var result = AuditChain.Verify(forged, forgedHead, anchor);

        Assert.Equal((false, 3L, AuditProblem.AnchorMismatch), (result.IsIntact, result.FirstBadSequence, result.Problem));
    }

    [Fact]
    public void AnchorLine_ReadsBackWithItsKey_AndNotAfterAnyChange()
    {
        var key = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
        var anchor = new AuditAnchor(1234, new string('a', 64), Start);
        var line = anchor.ToLine(key);

        Assert.Equal(anchor, AuditAnchor.Parse(line, key));
        Assert.Null(AuditAnchor.Parse(line.Replace("1234", "1233", StringComparison.Ordinal), key));
        Assert.Null(AuditAnchor.Parse(line, [.. key.Reverse()]));
    }

    private static bool Change(AuditRecord r, int field, string value)
    {
        string? before = field switch { 0 => r.Actor, 1 => r.Action, 2 => r.SubjectKey, 3 => r.Before, 4 => r.After, _ => r.Detail };
        if (before == value)
        {
            return false;
        }

        switch (field)
        {
            case 0: r.Actor = value; break;
            case 1: r.Action = value; break;
            case 2: r.SubjectKey = value; break;
            case 3: r.Before = value; break;
            case 4: r.After = value; break;
            default: r.Detail = value; break;
        }

        return true;
    }

    private static (List<AuditRecord> Records, AuditHead Head) Chain(int count)
    {
        var head = new AuditHead();
        var records = Enumerable.Range(1, count).Select(i => AuditChain.Append(head, Record($"user{i}"))).ToList();
        return (records, head);
    }

    private static AuditRecord Record(string actor) => new()
    {
        At = Start,
        Actor = actor,
        Action = AuditActions.Update,
        Subject = "entities",
        SubjectKey = "42",
        Before = "{\"CreditGrade\":\"B\"}",
        After = "{\"CreditGrade\":\"C\"}",
        PreviousHash = string.Empty,
        Hash = string.Empty,
    };
}
