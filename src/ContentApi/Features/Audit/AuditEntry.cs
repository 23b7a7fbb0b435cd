using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContentApi.Features.Audit;

/// <summary>One committed write: who (the key's name), what (action, resource, id), when.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public required string Actor { get; set; }
    public int? KeyId { get; set; }
    public required string Action { get; set; }
    public required string Resource { get; set; }
    public int? ResourceId { get; set; }

    /// <summary>The item's slug or name at the time, so the log reads without joins.</summary>
    public string? Target { get; set; }

    /// <summary>The HTTP method and path that made the change; null for the command line.</summary>
    public string? Request { get; set; }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("Audit");
        builder.Property(e => e.Actor).HasMaxLength(100);
        builder.Property(e => e.Action).HasMaxLength(16);
        builder.Property(e => e.Resource).HasMaxLength(32);
        builder.Property(e => e.Target).HasMaxLength(500);
        builder.Property(e => e.Request).HasMaxLength(2100);
        builder.HasIndex(e => e.At);
    }
}
