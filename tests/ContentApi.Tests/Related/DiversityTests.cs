using ContentApi.Related;

namespace ContentApi.Tests.Related;

public sealed class DiversityTests
{
    private sealed record Item(int Rank, string Author, string Tag);

    [Fact]
    public void Select_OneAuthorRankedFirst_GetsHalfTheListRoundedUp()
    {
        var ranked = Items(("a", "t1"), ("a", "t2"), ("a", "t3"), ("a", "t4"), ("a", "t5"), ("b", "t6"), ("c", "t7"), ("a", "t8"), ("d", "t9"));

        var chosen = Select(ranked, limit: 5);

        Assert.Equal(3, chosen.Count(i => i.Author == "a"));
        Assert.Equal([1, 2, 3, 6, 7], chosen.Select(i => i.Rank));
    }

    [Fact]
    public void Select_OnePrimaryTagRankedFirst_IsCappedLikeAnAuthor()
    {
        var ranked = Items(("a", "syria"), ("b", "syria"), ("c", "syria"), ("d", "syria"), ("e", "syria"), ("f", "iraq"), ("g", "iran"), ("h", "lebanon"));

        var chosen = Select(ranked, limit: 6);

        Assert.Equal([1, 2, 3, 6, 7, 8], chosen.Select(i => i.Rank));
    }

    [Fact]
    public void Select_TooFewOthers_TopsUpWithTheBestSkippedInRankOrder()
    {
        var ranked = Items(("a", "syria"), ("b", "syria"), ("c", "syria"), ("d", "syria"), ("e", "iraq"), ("f", "iran"), ("g", "syria"));

        var chosen = Select(ranked, limit: 6);

        Assert.Equal([1, 2, 3, 4, 5, 6], chosen.Select(i => i.Rank));
    }

    [Fact]
    public void Select_NothingElseLeft_FillsFromTheCappedOnesBestFirst()
    {
        var ranked = Items(("a", "t"), ("a", "t"), ("a", "t"), ("a", "t"), ("a", "t"), ("a", "t"), ("a", "t"));

        var chosen = Select(ranked, limit: 6);

        Assert.Equal([1, 2, 3, 4, 5, 6], chosen.Select(i => i.Rank));
    }

    [Fact]
    public void Select_EditorPicksByOneAuthor_CountTowardsTheCap()
    {
        var picks = Items(("a", "p1"), ("a", "p2"));
        var ranked = Items(("a", "t1"), ("a", "t2"), ("b", "t3"), ("c", "t4"), ("d", "t5"));

        var chosen = Diversity.Select(ranked, 6, picks, i => i.Author, i => i.Tag);

        Assert.Equal(4, chosen.Count);
        Assert.Single(chosen, i => i.Author == "a");
    }

    [Fact]
    public void Select_NoAuthorOrTag_IsNeverCapped()
    {
        var ranked = Enumerable.Range(1, 8).Select(i => new Item(i, null!, null!)).ToList();

        Assert.Equal(6, Diversity.Select(ranked, 6, [], i => i.Author, i => i.Tag).Count);
    }

    private static List<Item> Items(params (string Author, string Tag)[] items) =>
        items.Select((x, i) => new Item(i + 1, x.Author, x.Tag)).ToList();

    private static List<Item> Select(List<Item> ranked, int limit) => Diversity.Select(ranked, limit, [], i => i.Author, i => i.Tag);
}
