using ContentApi.Features.Articles;
using ContentApi.Features.Authors;
using ContentApi.Features.DonationForms;
using ContentApi.Features.Site;
using ContentApi.Features.Tags;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Data;

/// <summary>The app's context, on SQLite's migrations and compiled model; <see cref="Postgres.PostgresContentDbContext"/> holds PostgreSQL's.</summary>
public class ContentDbContext : DbContext
{
    public ContentDbContext(DbContextOptions<ContentDbContext> options) : base(options)
    {
    }

    /// <summary>For a provider's subclass: its own options type keeps its migrations and compiled model apart.</summary>
    protected ContentDbContext(DbContextOptions options) : base(options)
    {
    }

    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Author> Authors => Set<Author>();
    public DbSet<Tag> Tags => Set<Tag>();
    public DbSet<DonationForm> DonationForms => Set<DonationForm>();
    public DbSet<SiteSettings> Site => Set<SiteSettings>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ContentDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every instant is stored in UTC; reading it back says so, so JSON carries the "Z".
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
