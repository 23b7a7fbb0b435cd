using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContentApi.Features.Articles;

/// <summary>A slug a published article used to have: GET on it answers 301 to the article's current slug.</summary>
public sealed class RetiredSlug
{
    public required string Slug { get; set; }
    public int ArticleId { get; set; }
    public DateTime RetiredAt { get; set; }
}

internal sealed class RetiredSlugConfiguration : IEntityTypeConfiguration<RetiredSlug>
{
    public void Configure(EntityTypeBuilder<RetiredSlug> builder)
    {
        builder.ToTable("RetiredSlugs");
        builder.HasKey(r => r.Slug);
        builder.Property(r => r.Slug).HasMaxLength(200);
        builder.HasOne<Article>().WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
