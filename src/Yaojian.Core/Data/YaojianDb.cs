using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Audit;
using Yaojian.Core.Cases;
using Yaojian.Core.Inspections;
using Yaojian.Core.Inspections.Dispositions.Storage;
using Yaojian.Core.Inspections.Evidence;
using Yaojian.Core.Planning;
using Yaojian.Core.Registry;
using Yaojian.Core.Registry.Search;
using Yaojian.Core.Risks;
using Yaojian.Core.Sampling;
using Yaojian.Core.Security;

namespace Yaojian.Core.Data;

/// <summary>
/// The one provider-neutral database of Yaojian; the provider and its migrations are chosen at start.
/// Every context works for a <see cref="Caller"/>: its query filters show only the caller's units, and every save
/// appends the caller's changes to the audit trail in the same transaction.
/// </summary>
public class YaojianDb(DbContextOptions<YaojianDb> options, TimeProvider clock) : IdentityDbContext<YaojianUser>(options)
{
    private readonly List<AuditRecord> _events = [];

    /// <summary>Who this context works for. A context without a caller sees no entity and cannot save.</summary>
    public Caller? Caller { get; set; }

    public DbSet<OrgUnit> Units => Set<OrgUnit>();

    public DbSet<RegulatedEntity> Entities => Set<RegulatedEntity>();

    public DbSet<EntityNameGram> EntityNameGrams => Set<EntityNameGram>();

    public DbSet<Licence> Licences => Set<Licence>();

    public DbSet<Pharmacist> Pharmacists => Set<Pharmacist>();

    public DbSet<CreditGradeChange> CreditGradeChanges => Set<CreditGradeChange>();

    public DbSet<Product> Products => Set<Product>();

    public DbSet<Inspector> Inspectors => Set<Inspector>();

    public DbSet<InspectorConflict> InspectorConflicts => Set<InspectorConflict>();

    public DbSet<InspectionHistoryEntry> InspectionHistory => Set<InspectionHistoryEntry>();

    public DbSet<StoredPlanFile> PlanFiles => Set<StoredPlanFile>();

    public DbSet<InspectionPlan> Plans => Set<InspectionPlan>();

    public DbSet<PlanVisit> PlanVisits => Set<PlanVisit>();

    public DbSet<VisitInspector> VisitInspectors => Set<VisitInspector>();

    public DbSet<VisitChange> VisitChanges => Set<VisitChange>();

    public DbSet<Inspection> Inspections => Set<Inspection>();

    public DbSet<InspectionInspector> InspectionInspectors => Set<InspectionInspector>();

    public DbSet<ChecklistAnswer> ChecklistAnswers => Set<ChecklistAnswer>();

    public DbSet<Finding> Findings => Set<Finding>();

    public DbSet<InspectionSignature> InspectionSignatures => Set<InspectionSignature>();

    public DbSet<EvidenceFile> EvidenceFiles => Set<EvidenceFile>();

    public DbSet<EvidenceContent> EvidenceContents => Set<EvidenceContent>();

    public DbSet<DispositionRecord> Dispositions => Set<DispositionRecord>();

    public DbSet<DispositionEventRecord> DispositionEvents => Set<DispositionEventRecord>();

    public DbSet<Clue> Clues => Set<Clue>();

    public DbSet<Risk> Risks => Set<Risk>();

    public DbSet<RiskEntityLink> RiskEntities => Set<RiskEntityLink>();

    public DbSet<RiskEventRecord> RiskEvents => Set<RiskEventRecord>();

    public DbSet<RiskMeasure> RiskMeasures => Set<RiskMeasure>();

    public DbSet<RiskMeeting> RiskMeetings => Set<RiskMeeting>();

    public DbSet<RiskMeetingAttendee> RiskMeetingAttendees => Set<RiskMeetingAttendee>();

    public DbSet<RiskDecision> RiskDecisions => Set<RiskDecision>();
    public DbSet<Sample> Samples => Set<Sample>();

    public DbSet<SampleSampler> SampleSamplers => Set<SampleSampler>();
    public DbSet<ClueEvent> ClueEvents => Set<ClueEvent>();

    public DbSet<Case> Cases => Set<Case>();

    public DbSet<CasePerson> CasePersons => Set<CasePerson>();

    public DbSet<CasePenalty> CasePenalties => Set<CasePenalty>();

    public DbSet<CasePartner> CasePartners => Set<CasePartner>();

    public DbSet<CaseEvent> CaseEvents => Set<CaseEvent>();

    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();

    public DbSet<AuditHead> AuditHeads => Set<AuditHead>();

    internal TimeProvider Clock => clock;

    // Read by the query filters; EF Core evaluates them per context instance, as parameters.
    private bool ScopeAllUnits => Caller?.Scope.AllUnits ?? false;

    private List<int> ScopeUnitIds => Caller?.Scope.UnitIds.ToList() ?? [];

    /// <summary>Adds a security event (a login, a refused request) to the trail at the next save.</summary>
    public void RecordEvent(string action, string subject, string subjectKey, string? detail = null) =>
        _events.Add(new AuditRecord
        {
            Actor = string.Empty,
            Action = action,
            Subject = subject,
            SubjectKey = subjectKey,
            Detail = detail,
            PreviousHash = string.Empty,
            Hash = string.Empty,
        });

    internal List<AuditRecord> TakeEvents()
    {
        var events = _events.ToList();
        _events.Clear();
        return events;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        EntityNameIndex.BeforeSave(this);
        var written = await AuditedSave.SaveAsync(this, base.SaveChangesAsync, cancellationToken);
        EntityNameIndex.AfterSave(this);
        return written;
    }

    /// <summary>Synchronous saves would bypass nothing, but they would block a web thread: use the async one.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Use SaveChangesAsync: every save is audited inside a transaction.");

    /// <summary>
    /// Moments are stored in UTC. The clock reads "now" in the bureau's zone (+08:00), which PostgreSQL's timestamptz
    /// refuses and which SQLite, comparing moments as text, would mix with earlier ones written in UTC.
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcMoment>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(YaojianDb).Assembly);
        modelBuilder.Entity<RegulatedEntity>().HasQueryFilter(e => ScopeAllUnits || ScopeUnitIds.Contains(e.UnitId));

        // A unit-confined caller sees the visits their unit leads (and the entities behind them only through those).
        modelBuilder.Entity<PlanVisit>().HasQueryFilter(v => ScopeAllUnits || ScopeUnitIds.Contains(v.UnitId));
        modelBuilder.Entity<Inspection>().HasQueryFilter(i => ScopeAllUnits || ScopeUnitIds.Contains(i.UnitId));
        modelBuilder.Entity<DispositionRecord>().HasQueryFilter(d => ScopeAllUnits || ScopeUnitIds.Contains(d.UnitId));
        modelBuilder.Entity<Clue>().HasQueryFilter(c => ScopeAllUnits || ScopeUnitIds.Contains(c.UnitId));
        modelBuilder.Entity<Sample>().HasQueryFilter(s => ScopeAllUnits || ScopeUnitIds.Contains(s.UnitId));
        modelBuilder.Entity<Case>().HasQueryFilter(c => ScopeAllUnits || ScopeUnitIds.Contains(c.UnitId));
    }
}
