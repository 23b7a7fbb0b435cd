using ContentApi.Features.Articles;
using ContentApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Tests.Related;

/// <summary>Edits an editor would make, applied straight to the database (there is no write API yet).</summary>
public static class CorpusEdits
{
    /// <summary>Inserts a generated article whose author and tags are already in the database, by their ids.</summary>
    public static Task InsertGeneratedAsync(this ContentApiFactory factory, Article article)
    {
        (article.AuthorId, article.Author) = (article.Author!.Id, null);
        article.Tags = article.Tags.Select(t => new ArticleTag { TagId = t.Tag.Id, Position = t.Position }).ToList();
        return factory.InsertAsync(article);
    }

    /// <summary>Gives the article another's title, excerpt, body and tags, as an editor's rewrite would.</summary>
    public static Task RewriteAsync(this ContentApiFactory factory, int id, Article from) => factory.ExecuteDbContextAsync(async db =>
    {
        var article = await db.Articles.Include(a => a.Tags).SingleAsync(a => a.Id == id);
        (article.Title, article.Excerpt, article.BodyText) = (from.Title, from.Excerpt, from.BodyText);
        article.Tags.Clear();
        await db.SaveChangesAsync();
        foreach (var tag in from.Tags)
        {
            var tagId = await db.Tags.Where(t => t.Slug == tag.Tag.Slug).Select(t => t.Id).SingleAsync();
            article.Tags.Add(new ArticleTag { TagId = tagId, Position = tag.Position });
        }
        await db.SaveChangesAsync();
    });
}
