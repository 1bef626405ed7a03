namespace Yaojian.Core.Audit;

/// <summary>
/// The single row naming the chain's last record. Writers lock it before appending, which serialises the chain, and
/// it tells a truncated tail from an intact one.
/// </summary>
public class AuditHead
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public long LastSequence { get; set; }

    public string LastHash { get; set; } = AuditChain.Genesis;
}
