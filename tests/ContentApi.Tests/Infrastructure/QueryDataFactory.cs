using ContentApi.Data;
using ContentApi.Features.Articles;
using ContentApi.Features.Articles.Counting;
using ContentApi.Features.Authors;
using ContentApi.Features.Tags;
using ContentApi.Search;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Infrastructure;

/// <summary>
/// The seed plus a few articles made for querying: two authors, two tags, known dates, sources,
/// a donation form, text for search. Inserted as a writer would: rows and index in one transaction.
/// </summary>
public sealed class QueryDataFactory : ContentApiFactory, IAsyncLifetime
{
    public const string OilDeal = "oil-field-deal-signed";
    public const string Marotta = "marotta-speaks";
    public const string FieldNotes = "field-notes";
    public const string Undated = "undated-piece";
    public const string Draft = "oil-draft";

    public async Task InitializeAsync()
    {
        var writerA = new Author { Slug = "writer-a", Name = "Writer A", Bio = "Bio of A", Website = "https://a.example" };
        var writerB = new Author { Slug = "writer-b", Name = "Writer B" };
        var energy = new Tag { Slug = "energy", Name = "Energy", Description = "Oil and gas" };
        var politics = new Tag { Slug = "politics", Name = "Politics" };
        await InsertIndexedAsync(
            Article(OilDeal, "Oil deal signed for the northern field", "A short deal.", writerA, new DateTime(2024, 3, 1, 8, 0, 0, DateTimeKind.Utc), "Wire One", 6, energy, politics),
            Article(Marotta, "Marotta speaks", "<script>alert('x')</script> Marotta said the oil price & rent were fine.", writerA, new DateTime(2024, 3, 2, 0, 0, 0, DateTimeKind.Utc), "Wire Two", null, politics),
            Article(FieldNotes, "Notes from a café", "Notes written at the Café Société in Zürich.", writerB, new DateTime(2024, 3, 2, 0, 0, 0, DateTimeKind.Utc), "Wire One", null, energy),
            Article(Undated, "An undated piece", "Nothing dated here.", writerB, null, null, null),
            Article(Draft, "Oil draft", "Oil oil oil.", writerA, new DateTime(2024, 3, 3, 0, 0, 0, DateTimeKind.Utc), null, null, status: ArticleStatus.Draft));
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    /// <summary>Adds articles and indexes them in one transaction, as the write path does, then counts them again.</summary>
    public async Task InsertIndexedAsync(params Article[] articles)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var search = scope.ServiceProvider.GetRequiredService<ISearchIndex>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.AddRange(articles);
        await db.SaveChangesAsync();
        foreach (var article in articles)
        {
            await search.IndexAsync(article, default);
        }
        await transaction.CommitAsync();
        await ArticleCountRebuild.RebuildAsync(db, default);
    }

    public static Article Article(
        string slug, string title, string body, Author? author, DateTime? publishedAt, string? source, int? formId,
        params Tag[] tags) => Article(slug, title, body, author, publishedAt, source, formId, ArticleStatus.Published, tags);

    public static Article Article(
        string slug, string title, string body, Author? author, DateTime? publishedAt, string? source, int? formId,
        ArticleStatus status, params Tag[] tags) => new()
        {
            Slug = slug, Title = title, Excerpt = body.Length > 40 ? body[..40] : body, BodyText = body, Status = status,
            PublishedAt = publishedAt, UpdatedAt = publishedAt?.AddDays(slug.Length % 5), Author = author, SourceName = source,
            DonationFormId = formId, Tags = tags.Select((t, i) => new ArticleTag { Tag = t, Position = i }).ToList(),
        };
}
