using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Data;

/// <summary>The one provider-neutral database of Yaojian; the provider and its migrations are chosen at start.</summary>
public class YaojianDb(DbContextOptions<YaojianDb> options) : DbContext(options)
{
    public DbSet<OrgUnit> Units => Set<OrgUnit>();

    public DbSet<RegulatedEntity> Entities => Set<RegulatedEntity>();

    public DbSet<Licence> Licences => Set<Licence>();

    public DbSet<Pharmacist> Pharmacists => Set<Pharmacist>();

    public DbSet<CreditGradeChange> CreditGradeChanges => Set<CreditGradeChange>();

    public DbSet<Product> Products => Set<Product>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(YaojianDb).Assembly);
}
