using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Yaojian.Core.Audit;

/// <summary>The hash chain of the audit trail: how a record's hash is computed and how a whole chain is checked.</summary>
public static class AuditChain
{
    public static readonly string Genesis = new('0', 64);

    /// <summary>SHA-256 over every field but the hash itself, in a fixed order with explicit lengths (no ambiguity).</summary>
    public static string ComputeHash(AuditRecord r)
    {
        var text = new StringBuilder();
        void Field(string? value) => text.Append(value is null ? "-1" : value.Length.ToString(CultureInfo.InvariantCulture))
            .Append(':').Append(value).Append('|');
        Field(r.Sequence.ToString(CultureInfo.InvariantCulture));
        Field(r.At.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
        Field(r.ActorId);
        Field(r.Actor);
        Field(r.Action);
        Field(r.Subject);
        Field(r.SubjectKey);
        Field(r.Before);
        Field(r.After);
        Field(r.Detail);
        Field(r.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>Stamps the next record after <paramref name="head"/> and advances the head.</summary>
    public static AuditRecord Append(AuditHead head, AuditRecord record)
    {
        record.Sequence = head.LastSequence + 1;
        record.At = DateTimeOffset.FromUnixTimeMilliseconds(record.At.ToUnixTimeMilliseconds());
        record.PreviousHash = head.LastHash;
        record.Hash = ComputeHash(record);
        head.LastSequence = record.Sequence;
        head.LastHash = record.Hash;
        return record;
    }

    /// <summary>
    /// Walks the records in sequence order and names the first one altered, removed or added; then holds the chain to
    /// the latest <paramref name="anchor"/> kept outside the database, which a chain emptied or cut short together
    /// with its head fails.
    /// </summary>
    public static AuditVerification Verify(IEnumerable<AuditRecord> recordsInOrder, AuditHead? head, AuditAnchor? anchor = null)
    {
        var expectedSequence = 1L;
        var previousHash = Genesis;
        string? hashAtAnchor = null;
        foreach (var r in recordsInOrder)
        {
            if (r.Sequence != expectedSequence)
            {
                return r.Sequence > expectedSequence
                    ? AuditVerification.Broken(expectedSequence, expectedSequence - 1, AuditProblem.Removed)
                    : AuditVerification.Broken(r.Sequence, expectedSequence - 1, AuditProblem.Inserted);
            }

            if (r.PreviousHash != previousHash)
            {
                return AuditVerification.Broken(r.Sequence, expectedSequence - 1, AuditProblem.Altered);
            }

            if (ComputeHash(r) != r.Hash)
            {
                return AuditVerification.Broken(r.Sequence, expectedSequence - 1, AuditProblem.Altered);
            }

            previousHash = r.Hash;
            hashAtAnchor = r.Sequence == anchor?.Sequence ? r.Hash : hashAtAnchor;
            expectedSequence++;
        }

        var last = expectedSequence - 1;
        var headSequence = head?.LastSequence ?? 0;
        if (headSequence > last)
        {
            return AuditVerification.Broken(last + 1, last, AuditProblem.Removed);
        }

        if (headSequence < last || (head?.LastHash ?? Genesis) != previousHash)
        {
            return AuditVerification.Broken(headSequence + 1, last, AuditProblem.Inserted);
        }

        if (anchor is not null && anchor.Sequence > last)
        {
            return AuditVerification.Broken(last + 1, last, AuditProblem.TailMissing);
        }

        if (anchor is not null && hashAtAnchor != anchor.Hash)
        {
            return AuditVerification.Broken(anchor.Sequence, anchor.Sequence - 1, AuditProblem.AnchorMismatch);
        }

        return AuditVerification.Intact(last);
    }
}
