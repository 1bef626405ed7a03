using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Yaojian.Core.Audit;

/// <summary>
/// The chain's head as it was at a moment, kept outside the database (<see cref="AuditAnchorFile"/>): a later chain
/// shorter than <see cref="Sequence"/>, or whose record at that sequence has another hash, lost or changed records.
/// One line of the anchor file: sequence, hash, time (ISO 8601 UTC) and an HMAC-SHA256 of the three, tab-separated.
/// </summary>
public sealed record AuditAnchor(long Sequence, string Hash, DateTimeOffset At)
{
    public string ToLine(byte[] key) => Body + "\t" + Mac(key, Body);

    /// <summary>The anchor on <paramref name="line"/>, or null when it is malformed or its signature does not match.</summary>
    public static AuditAnchor? Parse(string line, byte[] key)
    {
        var parts = line.Split('\t');
        if (parts.Length != 4
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            || !DateTimeOffset.TryParseExact(parts[2], "O", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            return null;
        }

        var anchor = new AuditAnchor(sequence, parts[1], at);
        var expected = Encoding.ASCII.GetBytes(Mac(key, anchor.Body));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(parts[3])) ? anchor : null;
    }

    private string Body => string.Create(CultureInfo.InvariantCulture, $"{Sequence}\t{Hash}\t{At.ToUniversalTime():O}");

    private static string Mac(byte[] key, string body) => Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(body)));
}
