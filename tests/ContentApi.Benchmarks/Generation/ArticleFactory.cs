using ContentApi.Common.Text;
using Bogus;
using ContentApi.Features.Articles;
using ContentApi.Seeding;

namespace ContentApi.Benchmarks.Generation;

/// <summary>One article with its tags and editor's picks, derived through the app's own body and slug rules.</summary>
public sealed class ArticleFactory(Faker faker, TextFactory text, GenerationPlan plan)
{
    public const int DonationFormId = 6;

    private readonly Randomizer _random = faker.Random;

    public Article Create(int id)
    {
        var topic = plan.TopicOf[id];
        var title = text.Title(topic);
        var paragraphs = Enumerable.Range(0, _random.Number(4, 12)).Select(_ => text.Paragraph(topic)).ToList();
        var body = ArticleBody.FromParagraphs(paragraphs);
        var status = PickStatus();
        var publishedAt = ArticleDates.PublishedAt(id, plan.ArticleCount, status, _random);
        var source = _random.Number(99) < 15 ? _random.ArrayElement(TopicWords.Sources) : default;
        var slug = UniqueSlug(title, id);

        return new Article
        {
            Id = id,
            Slug = slug,
            Title = title,
            Excerpt = body.Excerpt,
            BodyHtml = body.Html,
            BodyText = body.Text,
            WordCount = body.WordCount,
            ReadingTimeMinutes = body.ReadingTimeMinutes,
            Status = status,
            PublishedAt = publishedAt,
            UpdatedAt = ArticleDates.UpdatedAt(publishedAt, _random),
            AuthorId = PickAuthor(),
            SourceName = source.Name,
            SourceUrl = source.Domain is { } domain && _random.Bool() ? $"https://{domain}/news/{slug}" : null,
            DonationFormId = _random.Number(99) < 20 ? DonationFormId : null,
            Tags = PickTags(id, topic),
            RelatedLinks = _random.Number(99) < 10 ? PickRelated(id, topic) : [],
        };
    }

    private ArticleStatus PickStatus() => _random.Number(999) switch
    {
        < 950 => ArticleStatus.Published,
        < 970 => ArticleStatus.Draft,
        < 985 => ArticleStatus.Archived,
        _ => ArticleStatus.Scheduled,
    };

    // A few prolific authors write most of the articles, as on a real site.
    private int PickAuthor() => 1 + (int)(plan.AuthorCount * Math.Pow(_random.Double(), 1.5));

    private List<ArticleTag> PickTags(int id, int topic)
    {
        var count = _random.WeightedRandom([1, 2, 3, 4], [0.20f, 0.35f, 0.30f, 0.15f]);
        var tagIds = new List<int> { GenerationPlan.TagId(topic, _random.Number(GenerationPlan.TagsPerTopic - 1)) };
        while (tagIds.Count < count)
        {
            var fromTopic = _random.Number(99) < 80 ? topic : _random.Number(TopicWords.Topics.Length - 1);
            var tagId = GenerationPlan.TagId(fromTopic, _random.Number(GenerationPlan.TagsPerTopic - 1));
            if (!tagIds.Contains(tagId))
            {
                tagIds.Add(tagId);
            }
        }
        return tagIds.Select((tagId, position) => new ArticleTag { ArticleId = id, TagId = tagId, Position = position }).ToList();
    }

    private List<RelatedLink> PickRelated(int id, int topic)
    {
        var sameTopic = plan.IdsByTopic[topic];
        var wanted = Math.Min(_random.Number(3, 6), sameTopic.Length - 1);
        var picks = new List<int>(wanted);
        while (picks.Count < wanted)
        {
            var pick = _random.ArrayElement(sameTopic);
            if (pick != id && !picks.Contains(pick))
            {
                picks.Add(pick);
            }
        }
        return picks.Select((pick, position) => new RelatedLink { ArticleId = id, RelatedArticleId = pick, Position = position }).ToList();
    }

    private static string UniqueSlug(string title, int id)
    {
        var suffix = $"-{id}";
        var stem = Slug.From(title);
        return (stem.Length + suffix.Length > Slug.MaxLength ? stem[..(Slug.MaxLength - suffix.Length)].TrimEnd('-') : stem) + suffix;
    }
}
