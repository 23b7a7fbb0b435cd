using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContentApi.Features.Articles.Counting;

/// <summary>
/// One count a visible article is in: the whole list, its author's, one of its tags'. What the
/// article was last counted as, so a write moves exactly the counts its change touched.
/// </summary>
public sealed class CountedArticle
{
    public const string All = "all";
    public const string Author = "author";
    public const string Tag = "tag";

    public int ArticleId { get; set; }

    /// <summary><see cref="All"/>, <see cref="Author"/> or <see cref="Tag"/>.</summary>
    public required string List { get; set; }

    /// <summary>The author's or tag's id; 0 for <see cref="All"/>.</summary>
    public int Key { get; set; }
}

internal sealed class CountedArticleConfiguration : IEntityTypeConfiguration<CountedArticle>
{
    public void Configure(EntityTypeBuilder<CountedArticle> builder)
    {
        builder.ToTable("CountedArticles");
        builder.HasKey(c => new { c.ArticleId, c.List, c.Key });
        builder.Property(c => c.List).HasMaxLength(16);
    }
}

/// <summary>A list's number of visible articles, kept by the write path. (Authors and tags keep theirs on their own row.)</summary>
public sealed class ArticleCount
{
    public required string List { get; set; }
    public int Count { get; set; }
}

internal sealed class ArticleCountConfiguration : IEntityTypeConfiguration<ArticleCount>
{
    public void Configure(EntityTypeBuilder<ArticleCount> builder)
    {
        builder.ToTable("ArticleCounts");
        builder.HasKey(c => c.List);
        builder.Property(c => c.List).HasMaxLength(16);
    }
}
