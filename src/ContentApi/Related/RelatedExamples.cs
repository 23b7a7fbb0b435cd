using ContentApi.Features.Articles;

namespace ContentApi.Related;

/// <summary>An example list for the API documentation: an editor's pick from the seed page, then a computed item showing each kind of reason it can carry.</summary>
internal static class RelatedExamples
{
    private static readonly RelatedArticle EditorPick = RelatedArticle.From(ArticleExamples.ListItem, 1, RelatedReasons.EditorPick);

    private static readonly RelatedArticle Computed = new(
        6,
        "the-syrian-fact-finding-report-into-the-march-alawite-massacres-not-only-betrays-the-victims-but-is-a-whitewashed",
        "The Syrian “Fact-Finding” report into the March Alawite Massacres not only betrays the victims but is a Whitewashed Tragedy",
        "The interim Syrian Administration under President Ahmad al-Sharaà’s so-called Fact-Finding Committee released its official report…",
        new DateTime(2025, 7, 22, 0, 0, 0, DateTimeKind.Utc),
        null,
        new AuthorRef("ahsan-ali", "Ahsan Ali"),
        [new TagRef("syria", "Syria")],
        null,
        0.4132,
        [
            new RelatedReason(RelatedReasonKind.Text, Terms: ["interim", "syrian", "sharaa"]),
            new RelatedReason(RelatedReasonKind.SharedTags, Tags: ["syria"]),
            new RelatedReason(RelatedReasonKind.Recent),
        ]);

    public static readonly RelatedArticles List = new(
        [EditorPick, Computed],
        new RelatedMeta(RelatedQuery.DefaultLimit, 7, RelatedAlgorithm.Current));
}
