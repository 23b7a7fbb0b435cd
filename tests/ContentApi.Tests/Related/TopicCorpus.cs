using ContentApi.Features.Articles;
using ContentApi.Features.Authors;
using ContentApi.Features.Tags;

namespace ContentApi.Tests.Related;

/// <summary>
/// A generated corpus whose right answers are known: topics with their own words and tags, written
/// over shared filler words, common English words and noise tags that every topic uses, by authors
/// who each write on several topics; neighbouring topics share a few words. Per topic, a draft, a
/// scheduled and an archived article on the same subject must never be listed. Fixed seed: the
/// same corpus every run.
/// </summary>
public sealed class TopicCorpus
{
    private static readonly string[] NoiseTags = ["opinion", "analysis", "world", "features", "video", "longread"];
    private static readonly string[] Common = ["the", "and", "of", "to", "in", "was", "that", "for", "with", "their", "this", "they"];
    private readonly Random _random;
    private readonly PseudoWords _words;
    private readonly List<string> _filler;
    private readonly List<List<string>> _topicWords = [];
    private readonly List<Tag[]> _topicTags = [];
    private readonly Tag[] _noiseTags;
    private readonly Author[] _authors;

    public TopicCorpus(int topics = 20, int perTopic = 30, int authors = 8, int seed = 4242)
    {
        _random = new Random(seed);
        _words = new PseudoWords(_random);
        _filler = _words.Take(300);
        _noiseTags = NoiseTags.Select(n => new Tag { Slug = n, Name = n }).ToArray();
        _authors = Enumerable.Range(1, authors).Select(i => new Author { Slug = $"author-{i}", Name = $"Author {i}" }).ToArray();
        for (var t = 0; t < topics; t++)
        {
            _topicWords.Add(_words.Take(30));
            _topicTags.Add(Enumerable.Range(1, 4).Select(i => new Tag { Slug = $"topic-{t}-tag-{i}", Name = $"Topic {t} tag {i}" }).ToArray());
        }
        for (var t = 0; t < topics; t++)
        {
            _topicWords[t].AddRange(_topicWords[(t + 1) % topics].Take(10));
        }
        for (var t = 0; t < topics; t++)
        {
            for (var i = 0; i < perTopic; i++)
            {
                Articles.Add((NewArticle(t, $"t{t}-a{i}", ArticleStatus.Published, PublishedAt()), t));
            }
            Articles.Add((NewArticle(t, $"t{t}-draft", ArticleStatus.Draft, null), t));
            Articles.Add((NewArticle(t, $"t{t}-scheduled", ArticleStatus.Scheduled, DateTime.UtcNow.AddDays(30)), t));
            Articles.Add((NewArticle(t, $"t{t}-archived", ArticleStatus.Archived, PublishedAt()), t));
        }
    }

    public List<(Article Article, int Topic)> Articles { get; } = [];

    public IEnumerable<(Article Article, int Topic)> Published => Articles.Where(a => a.Article.Status == ArticleStatus.Published);

    /// <summary>A new article on <paramref name="topic"/>, not yet in the corpus; for update tests.</summary>
    public Article NewArticle(int topic, string slug, ArticleStatus status, DateTime? publishedAt)
    {
        var author = _random.NextDouble() < 0.7 ? _authors[(topic + _random.Next(2)) % _authors.Length] : _authors[_random.Next(_authors.Length)];
        // A quarter of the articles carry no topic tag at all: text alone has to place them.
        var tags = _topicTags[topic].OrderBy(_ => _random.Next()).Take(_random.NextDouble() < 0.25 ? 0 : 1 + _random.Next(2)).ToList();
        if (_random.NextDouble() < 0.4)
        {
            tags.Insert(_random.Next(tags.Count + 1), _noiseTags[_random.Next(_noiseTags.Length)]);
        }
        return new Article
        {
            Slug = slug,
            Title = Text(topic, 6, 0.4),
            Excerpt = Text(topic, 14, 0.2),
            BodyText = Text(topic, 120 + _random.Next(130), 0.1),
            Status = status,
            PublishedAt = publishedAt,
            Author = author,
            Tags = tags.Select((tag, position) => new ArticleTag { Tag = tag, Position = position }).ToList(),
        };
    }

    private string Text(int topic, int words, double topicShare) => string.Join(' ', Enumerable.Range(0, words).Select(_ =>
        _random.NextDouble() < topicShare ? _topicWords[topic][_random.Next(_topicWords[topic].Count)]
        : _random.NextDouble() < 0.25 ? Common[_random.Next(Common.Length)]
        : _filler[(int)(_filler.Count * Math.Pow(_random.NextDouble(), 2))]));

    private DateTime? PublishedAt() => _random.NextDouble() < 0.05
        ? null
        : new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(_random.Next(700));
}
