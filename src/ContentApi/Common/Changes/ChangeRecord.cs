using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContentApi.Common.Changes;

/// <summary>
/// One entry of the change feed, written in the transaction of the write it records. Seq is the
/// commit order: writers are serialised by the write gate and the database's write lock, so a
/// record can never commit behind one a reader has already passed.
/// </summary>
public sealed class ChangeRecord
{
    public const string Upsert = "upsert";
    public const string Delete = "delete";

    public long Seq { get; set; }
    public required string Type { get; set; }
    public int EntityId { get; set; }

    /// <summary>The slug (or id, for items without one) the item has, or had when deleted, in this view.</summary>
    public required string Slug { get; set; }

    public required string Op { get; set; }
    public DateTime At { get; set; }

    /// <summary>In the public feed (what anyone may read).</summary>
    public bool Public { get; set; }

    /// <summary>In the preview feed (drafts and scheduled articles too).</summary>
    public bool Preview { get; set; }
}

/// <summary>What the feeds last said of an item: its slug in each view, null when absent from it. Deletions and slug changes are found against it.</summary>
public sealed class FeedEntry
{
    public required string Type { get; set; }
    public int EntityId { get; set; }
    public string? PublicSlug { get; set; }
    public string? PreviewSlug { get; set; }
}

/// <summary>How far a background worker has got through the change records; it resumes from here after a restart.</summary>
public sealed class WorkerCheckpoint
{
    public required string Worker { get; set; }
    public long Seq { get; set; }
    public DateTime? Until { get; set; }
}

internal sealed class ChangeRecordConfiguration :
    IEntityTypeConfiguration<ChangeRecord>, IEntityTypeConfiguration<FeedEntry>, IEntityTypeConfiguration<WorkerCheckpoint>
{
    public void Configure(EntityTypeBuilder<ChangeRecord> builder)
    {
        builder.ToTable("Changes");
        builder.HasKey(c => c.Seq);
        builder.Property(c => c.Type).HasMaxLength(32);
        builder.Property(c => c.Slug).HasMaxLength(200);
        builder.Property(c => c.Op).HasMaxLength(8);
        builder.HasIndex(c => new { c.Type, c.EntityId, c.Seq });
    }

    public void Configure(EntityTypeBuilder<FeedEntry> builder)
    {
        builder.ToTable("FeedEntries");
        builder.HasKey(e => new { e.Type, e.EntityId });
        builder.Property(e => e.Type).HasMaxLength(32);
        builder.Property(e => e.PublicSlug).HasMaxLength(200);
        builder.Property(e => e.PreviewSlug).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<WorkerCheckpoint> builder)
    {
        builder.ToTable("WorkerCheckpoints");
        builder.HasKey(c => c.Worker);
        builder.Property(c => c.Worker).HasMaxLength(64);
    }
}
