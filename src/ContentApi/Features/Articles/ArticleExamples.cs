using ContentApi.Features.Media;
using ContentApi.Media;

namespace ContentApi.Features.Articles;

/// <summary>Examples for the API documentation, taken from the seed page.</summary>
internal static class ArticleExamples
{
    public static readonly ArticleListItem ListItem = new(
        5,
        "syrias-islamist-led-government-is-failing-to-live-up-to-its-pledge-to-protect-its-people",
        "Syria’s Islamist-led Government is failing to live up to its pledge to protect its people",
        "Ahmed al-Sharaa, Syria's new interim leader, has failed in his responsibility to protect all Syrians…",
        new DateTime(2025, 7, 24, 0, 0, 0, DateTimeKind.Utc),
        null,
        new AuthorRef("ali-albeash", "Ali Albeash"),
        [],
        null,
        null,
        ResponsiveImage.From(MediaExamples.Entity, ImageSizes.Teaser),
        false);

    public static readonly ArticleResponse Article = new(
        1,
        "in-retaliation-to-airstrike-us-forces-receive-rocket-attack-in-syria",
        "In retaliation to airstrike US forces receive rocket attack in Syria",
        "American troops came under rocket fire in eastern Syria on Monday, but escaped injury, in apparent retaliation for US airstrikes against Iran-aligned militia in Syria and Iraq.",
        "<p>American troops came under rocket fire in eastern Syria on Monday, but escaped injury, in apparent retaliation for US airstrikes against Iran-aligned militia in Syria and Iraq.</p><p>A military spokesman said US forces had responded to the multiple rockets by firing back at the positions in self-defense.</p>",
        "American troops came under rocket fire in eastern Syria on Monday, but escaped injury, in apparent retaliation for US airstrikes against Iran-aligned militia in Syria and Iraq.\n\nA military spokesman said US forces had responded to the multiple rockets by firing back at the positions in self-defense.",
        ArticleStatus.Published,
        null,
        null,
        new ArticleAuthor(1, "the-liberum", "The Liberum", "Vox Populi, Vox Dei", null, null, null, null),
        [],
        new SourceAttribution("Asharq Al-Awsat", null),
        250,
        1,
        6,
        null,
        MediaExamples.Featured,
        false);
}
