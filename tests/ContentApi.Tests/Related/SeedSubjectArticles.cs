using ContentApi.Features.Articles;
using ContentApi.Features.Authors;
using ContentApi.Features.Tags;
using ContentApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Tests.Related;

/// <summary>Articles on the seed page's subject, for the related endpoints to find (or, for the hidden ones, never to list).</summary>
public static class SeedSubjectArticles
{
    public static readonly string[] Published = ["militia-rockets-in-eastern-syria", "us-airstrikes-answer-militia"];
    public static readonly string[] Hidden = ["militia-draft", Scheduled, "militia-archived"];
    public const string Scheduled = "militia-scheduled";
    private const string MilitiaText = "An Iran-aligned militia fired rockets at American troops in eastern Syria, in retaliation for US airstrikes on militia positions.";

    /// <summary>Two published articles on the seed's subject and three that must never be listed, each indexed after it is written.</summary>
    public static async Task AddAsync(ContentApiFactory target)
    {
        if (await target.ExecuteDbContextAsync(db => db.Articles.AnyAsync(a => a.Slug == Published[0])))
        {
            return;
        }
        var author = new Author { Slug = "desk-writer", Name = "Desk Writer" };
        var syria = new Tag { Slug = "syria", Name = "Syria" };
        Article Article(string slug, string title, ArticleStatus status, DateTime? publishedAt) => new()
        {
            Slug = slug, Title = title, BodyText = MilitiaText, Status = status, PublishedAt = publishedAt, Author = author,
            Tags = [new ArticleTag { Tag = syria, Position = 0 }],
        };
        var articles = new[]
        {
            Article(Published[0], "Militia rockets hit US troops in eastern Syria", ArticleStatus.Published, DateTime.UtcNow.AddDays(-2)),
            Article(Published[1], "US airstrikes answer Iran-aligned militia", ArticleStatus.Published, null),
            Article(Hidden[0], "Militia rockets hit US troops in eastern Syria again", ArticleStatus.Draft, null),
            Article(Hidden[1], "Militia rockets and US airstrikes in eastern Syria", ArticleStatus.Scheduled, DateTime.UtcNow.AddDays(1)),
            Article(Hidden[2], "Militia rockets in eastern Syria, archived", ArticleStatus.Archived, DateTime.UtcNow.AddDays(-30)),
        };
        await target.InsertAsync(articles);
        foreach (var article in articles)
        {
            await target.UpdateRelatedAsync(article.Id);
        }
    }
}
