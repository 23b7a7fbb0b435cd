using ContentApi.Features.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContentApi.Related;

internal sealed class ArticleTermConfiguration : IEntityTypeConfiguration<ArticleTerm>
{
    public void Configure(EntityTypeBuilder<ArticleTerm> builder)
    {
        builder.ToTable("ArticleTerms");
        builder.HasKey(t => new { t.ArticleId, t.Term });
        builder.Property(t => t.Term).HasMaxLength(Tokenizer.MaxWordLength + 1);
        // The inverted index: a term's articles, heaviest first, in the order a posting read asks for and
        // holding the article: a term's top postings are one range of the index, with no row lookups and no
        // sort (an editor's save refreshes about 80 lists, reading 600-1,000 terms' postings).
        builder.HasIndex(t => new { t.Term, t.Weight, t.ArticleId }).IsDescending(false, true, false);
        builder.HasOne<Article>().WithMany().HasForeignKey(t => t.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DocumentFrequencyConfiguration : IEntityTypeConfiguration<DocumentFrequency>
{
    public void Configure(EntityTypeBuilder<DocumentFrequency> builder)
    {
        builder.ToTable("DocumentFrequencies");
        builder.HasKey(f => f.Term);
        builder.Property(f => f.Term).HasMaxLength(Tokenizer.MaxWordLength + 1);
    }
}

internal sealed class IndexedArticleConfiguration : IEntityTypeConfiguration<IndexedArticle>
{
    public void Configure(EntityTypeBuilder<IndexedArticle> builder)
    {
        builder.ToTable("IndexedArticles");
        builder.HasKey(a => a.ArticleId);
        builder.Property(a => a.ArticleId).ValueGeneratedNever();
    }
}

internal sealed class RelatedScoreConfiguration : IEntityTypeConfiguration<RelatedScore>
{
    public void Configure(EntityTypeBuilder<RelatedScore> builder)
    {
        builder.ToTable("RelatedScores");
        builder.HasKey(s => new { s.ArticleId, s.Rank });
        // Who lists an article: the lists to refresh when it changes or goes.
        builder.HasIndex(s => s.RelatedArticleId);
        builder.HasOne<Article>().WithMany().HasForeignKey(s => s.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
