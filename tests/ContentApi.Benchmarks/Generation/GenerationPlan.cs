using Bogus;

namespace ContentApi.Benchmarks.Generation;

/// <summary>
/// What is decided for all articles before any is written: each one's topic, so an article can pick
/// same-topic related articles that come later in id order; and how many authors there are.
/// </summary>
public sealed class GenerationPlan
{
    public GenerationPlan(int articleCount, Randomizer random)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArticleCount = articleCount;
        AuthorCount = Math.Max(5, articleCount / 100);
        TopicOf = new byte[articleCount + 1];
        var ids = Enumerable.Range(0, TopicWords.Topics.Length).Select(_ => new List<int>()).ToArray();
        for (var id = 1; id <= articleCount; id++)
        {
            TopicOf[id] = (byte)random.Number(TopicWords.Topics.Length - 1);
            ids[TopicOf[id]].Add(id);
        }
        IdsByTopic = ids.Select(list => list.ToArray()).ToArray();
    }

    public int ArticleCount { get; }
    public int AuthorCount { get; }

    /// <summary>Indexed by article id (index 0 unused).</summary>
    public byte[] TopicOf { get; }
    public int[][] IdsByTopic { get; }

    public const int TagsPerTopic = 10;

    /// <summary>Tags are numbered topic by topic: topic t's words are tags t*10+1 .. t*10+10.</summary>
    public static int TagId(int topic, int word) => topic * TagsPerTopic + word + 1;
}
