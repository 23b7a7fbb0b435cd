using ContentApi.Related;

namespace ContentApi.Tests.Related;

public sealed class RelatedScorerTests
{
    private static readonly DateTime Day = new(2025, 7, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Recency_OneHalfLifeApart_IsHalfAndKeepsHalving()
    {
        var halfLife = RelatedTuning.RecencyHalfLifeDays;

        Assert.Equal(1, RelatedScorer.Recency(Day, Day));
        Assert.Equal(0.5, RelatedScorer.Recency(Day, Day.AddDays(halfLife)), 10);
        Assert.Equal(0.25, RelatedScorer.Recency(Day.AddDays(2 * halfLife), Day), 10);
    }

    [Fact]
    public void Recency_UndatedSide_IsNeutral()
    {
        Assert.Equal(RelatedScorer.Recency(Day, Day.AddDays(RelatedTuning.RecencyHalfLifeDays)), RelatedScorer.Recency(Day, null));
        Assert.Equal(RelatedScorer.Recency(null, Day), RelatedScorer.Recency(null, null));
    }

    [Fact]
    public void Compare_SharingARareTag_BeatsSharingACommonOne()
    {
        var tags = new TagStatistics(1000, new Dictionary<int, (string, int)> { [1] = ("rare", 3), [2] = ("common", 600), [3] = ("other", 10) });
        var source = Document(1, tagIds: [1, 2]);

        var rare = RelatedScorer.Compare(source, Document(2, tagIds: [1, 3]), tags);
        var common = RelatedScorer.Compare(source, Document(3, tagIds: [2, 3]), tags);

        Assert.True(rare.Tags > common.Tags, $"rare {rare.Tags} vs common {common.Tags}");
        Assert.True(rare.Score > common.Score);
    }

    [Fact]
    public void Compare_SameAuthor_AddsTheAuthorWeightAndNothingElse()
    {
        var tags = new TagStatistics(10, new Dictionary<int, (string, int)>());
        var source = Document(1, author: 7);

        var same = RelatedScorer.Compare(source, Document(2, author: 7), tags);
        var other = RelatedScorer.Compare(source, Document(3, author: 8), tags);

        Assert.True(same.SameAuthor);
        Assert.Equal(RelatedTuning.AuthorWeight, same.Score - other.Score, 4);
    }

    [Fact]
    public void Compare_IdenticalEverything_ScoresOneAtMost()
    {
        var vocabulary = new Vocabulary();
        var vector = TermVector.Weigh([(vocabulary.IdOf("syria"), 3), (vocabulary.IdOf("militia"), 1)], _ => 1, 10, vocabulary, 25);
        var tags = new TagStatistics(10, new Dictionary<int, (string, int)> { [1] = ("syria", 2) });

        var similarity = RelatedScorer.Compare(Document(1, 5, [1], vector), Document(2, 5, [1], vector), tags);

        Assert.Equal(1, similarity.Text, 5);
        Assert.Equal(1, similarity.Tags, 5);
        Assert.InRange(similarity.Score, 0.999, 1);
    }

    private static RelatedDocument Document(int id, int? author = null, int[]? tagIds = null, TermVector? terms = null) =>
        new(id, author, Day, terms ?? TermVector.Empty, tagIds ?? []);
}
