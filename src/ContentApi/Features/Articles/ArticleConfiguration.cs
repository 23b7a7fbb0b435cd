using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContentApi.Features.Articles;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.HasIndex(a => a.Slug).IsUnique();
        builder.Property(a => a.Slug).HasMaxLength(200);
        builder.Property(a => a.Title).HasMaxLength(500);
        builder.Property(a => a.Excerpt).HasMaxLength(2000);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.SourceName).HasMaxLength(200);
        builder.Property(a => a.SourceUrl).HasMaxLength(2000);
        builder.Property(a => a.CanonicalUrl).HasMaxLength(2000);
        // The public list filters on status and orders by publication date.
        builder.HasIndex(a => new { a.Status, a.PublishedAt });
        builder.Property(a => a.Version).IsConcurrencyToken();

        builder.HasOne(a => a.Author).WithMany(a => a.Articles).HasForeignKey(a => a.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.DonationForm).WithMany().HasForeignKey(a => a.DonationFormId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(a => a.Tags).WithOne(t => t.Article).HasForeignKey(t => t.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.RelatedLinks).WithOne().HasForeignKey(l => l.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ArticleTagConfiguration : IEntityTypeConfiguration<ArticleTag>
{
    public void Configure(EntityTypeBuilder<ArticleTag> builder)
    {
        builder.HasKey(t => new { t.ArticleId, t.TagId });
        builder.HasOne(t => t.Tag).WithMany(t => t.Articles).HasForeignKey(t => t.TagId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RelatedLinkConfiguration : IEntityTypeConfiguration<RelatedLink>
{
    public void Configure(EntityTypeBuilder<RelatedLink> builder)
    {
        builder.HasKey(l => new { l.ArticleId, l.RelatedArticleId });
        builder.HasOne(l => l.RelatedArticle).WithMany().HasForeignKey(l => l.RelatedArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
