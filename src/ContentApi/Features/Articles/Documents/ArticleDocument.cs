using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContentApi.Features.Articles.Documents;

/// <summary>
/// An article's public GET answer rendered at write time: the exact JSON bytes, their ETag, and what
/// the read needs to decide alone (slug, and status and publication time, so a scheduled article
/// appears at its moment with no write). Only live published or scheduled articles have one; a
/// missing document means "not rendered yet", and the read renders the article as it always did.
/// </summary>
public sealed class ArticleDocument
{
    public int ArticleId { get; set; }

    public required string Slug { get; set; }

    public ArticleStatus Status { get; set; }

    public DateTime? PublishedAt { get; set; }

    /// <summary>The answer's Last-Modified: the article's update time, else its publication time.</summary>
    public DateTime? LastModified { get; set; }

    /// <summary>The identity coding's strong ETag (a hash of <see cref="Json"/>).</summary>
    public required string ETag { get; set; }

    public required byte[] Json { get; set; }

    /// <summary>The article as a list shows it (<see cref="ArticleListItem"/> as JSON): lists read it instead of joining the rows again.</summary>
    public byte[]? ListItem { get; set; }

    /// <summary>The build that rendered it (<see cref="ArticleDocumentVersion"/>): another build's rendering may differ, so it is not served.</summary>
    public required string Version { get; set; }

    /// <summary>Visible now: <see cref="ArticleVisibility.IsVisible"/> for a live article, read from the stored columns.</summary>
    public static bool IsVisible(ArticleStatus status, DateTime? publishedAt, DateTime now) =>
        (status == ArticleStatus.Published && (publishedAt == null || publishedAt <= now))
        || (status == ArticleStatus.Scheduled && publishedAt <= now);
}

internal sealed class ArticleDocumentConfiguration : IEntityTypeConfiguration<ArticleDocument>
{
    public void Configure(EntityTypeBuilder<ArticleDocument> builder)
    {
        builder.ToTable("ArticleDocuments");
        builder.HasKey(d => d.ArticleId);
        builder.HasOne<Article>().WithOne().HasForeignKey<ArticleDocument>(d => d.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => d.Slug).IsUnique();
        builder.Property(d => d.Slug).HasMaxLength(200);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.ETag).HasMaxLength(64);
        builder.Property(d => d.Version).HasMaxLength(64);
    }
}
