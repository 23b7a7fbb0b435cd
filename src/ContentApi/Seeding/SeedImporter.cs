using ContentApi.Common.Text;
using ContentApi.Data;
using ContentApi.Features.Articles;
using ContentApi.Features.Authors;
using ContentApi.Search;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Seeding;

/// <summary>
/// Turns imported pages into content, all documents in one transaction. Content is identified by
/// slug, so importing a document twice adds nothing, and a page whose article was first known only
/// as another page's teaser fills that article in.
/// </summary>
public sealed class SeedImporter(ContentDbContext db, SeedSiteImporter siteImporter, ISearchIndex search)
{
    private int _articlesAdded;
    private int _authorsAdded;
    private bool _articlesStored = true;
    private bool _newDatabase;

    public Task<SeedReport> ImportAsync(IReadOnlyList<SeedDocument> documents, CancellationToken cancellationToken) =>
        ImportAsync(documents, intoNewDatabase: false, cancellationToken);

    /// <param name="intoNewDatabase">The schema was created just now (every seeded start): nothing is stored but what this import adds.</param>
    public async Task<SeedReport> ImportAsync(IReadOnlyList<SeedDocument> documents, bool intoNewDatabase, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Into a database with no articles (every seeded start), every article is one this import
        // added and tracks: looking each title up in the database would only compile that query, a
        // tenth of the import's time at start-up. Into a new one, authors, forms and the site too.
        _newDatabase = intoNewDatabase;
        _articlesStored = !intoNewDatabase && await db.Articles.AnyAsync(cancellationToken);
        var unplaced = new List<string>();
        foreach (var document in documents)
        {
            if (string.IsNullOrWhiteSpace(document.Text))
            {
                unplaced.Add($"{document.Name}: the document is empty");
                continue;
            }
            var page = PageImporter.Parse(document.Text);
            unplaced.AddRange(page.Unplaced.Select(line => $"{document.Name}: {line}"));
            await ImportPageAsync(page, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        // The search index follows the articles in the same transaction: every article this import touched.
        foreach (var article in db.Articles.Local)
        {
            await search.IndexAsync(article, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return new SeedReport(_articlesAdded, _authorsAdded, siteImporter.FormsAdded, unplaced);
    }

    private async Task ImportPageAsync(ImportedPage page, CancellationToken cancellationToken)
    {
        var article = await FindArticleAsync(page.Title, cancellationToken);
        if (article is null)
        {
            article = AddArticle(page.Title);
            // Saved at once so a page's own article gets its id before the articles it links to.
            await db.SaveChangesAsync(cancellationToken);
        }
        if (article.BodyText is null && page.BodyParagraphs.Count > 0)
        {
            var body = ArticleBody.FromParagraphs(page.BodyParagraphs);
            article.BodyHtml = body.Html;
            article.BodyText = body.Text;
            article.WordCount = body.WordCount;
            article.ReadingTimeMinutes = body.ReadingTimeMinutes;
            article.Excerpt ??= body.Excerpt;
        }
        article.SourceName ??= page.Source?.Name;
        if (page.Author is { } box)
        {
            article.Author ??= await FindOrAddAuthorAsync(box.Name, cancellationToken);
            article.Author.Bio ??= box.Bio;
        }
        if (page.Donation is { } donation)
        {
            article.DonationFormId ??= await siteImporter.ImportAsync(donation, lookInDatabase: !_newDatabase, cancellationToken);
        }

        foreach (var (teaser, position) in page.Related.Select((t, i) => (t, i)))
        {
            var related = await ImportTeaserAsync(teaser, cancellationToken);
            if (related != article && article.RelatedLinks.All(l => l.RelatedArticle != related))
            {
                article.RelatedLinks.Add(new RelatedLink { RelatedArticle = related, Position = position });
            }
        }
    }

    private async Task<Article> ImportTeaserAsync(ImportedTeaser teaser, CancellationToken cancellationToken)
    {
        var article = await FindArticleAsync(teaser.Title, cancellationToken) ?? AddArticle(teaser.Title);
        article.Excerpt ??= teaser.Excerpt;
        article.PublishedAt ??= teaser.PublishedOn?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        if (teaser.AuthorName is { } name)
        {
            article.Author ??= await FindOrAddAuthorAsync(name, cancellationToken);
        }
        return article;
    }

    private Article AddArticle(string title)
    {
        var article = new Article { Slug = Slug.FromOrHash(title, "article"), Title = title, Status = ArticleStatus.Published };
        db.Articles.Add(article);
        _articlesAdded++;
        return article;
    }

    private async Task<Article?> FindArticleAsync(string title, CancellationToken cancellationToken)
    {
        var slug = Slug.FromOrHash(title, "article");
        var added = db.Articles.Local.FirstOrDefault(a => a.Slug == slug);
        if (added is not null || !_articlesStored)
        {
            return added;
        }
        return await db.Articles.Include(a => a.Author).Include(a => a.RelatedLinks).ThenInclude(l => l.RelatedArticle)
            .FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken);
    }

    private async Task<Author> FindOrAddAuthorAsync(string name, CancellationToken cancellationToken)
    {
        var slug = Slug.FromOrHash(name, "author");
        var author = db.Authors.Local.FirstOrDefault(a => a.Slug == slug)
            ?? (_newDatabase ? null : await db.Authors.FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken));
        if (author is null)
        {
            author = new Author { Slug = slug, Name = name };
            db.Authors.Add(author);
            _authorsAdded++;
        }
        return author;
    }
}
