using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContentApi.Features.Import;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Features.Import;

/// <summary>WordPress's theme unit test data, imported once; every check goes through HTTP.</summary>
public sealed class ThemeUnitTestImportTests(ThemeUnitTestImportTests.Imported site) : IClassFixture<ThemeUnitTestImportTests.Imported>
{
    private readonly HttpClient _client = site.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public void Report_CountsEveryPostPageAndAuthor()
    {
        Assert.True(site.Report.Succeeded, string.Join("; ", site.Report.Errors));
        Assert.Equal((58, 21, 2), (site.Report.Imported["articles"], site.Report.Imported["pages"], site.Report.Imported["authors"]));
        Assert.Empty(site.Report.Skipped);
        Assert.Single(site.Report.Warnings["password"]);
        Assert.Equal(6, site.Report.Imported["images"]);
        Assert.DoesNotContain("featured image", site.Report.Warnings.Keys);
        Assert.Contains(site.Report.Warnings["author"], w => w.Contains("'>themereviewteam'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ListArticles_AfterImport_HoldsThe55PublishedPosts()
    {
        // 56 published posts, one of them password-protected (a draft here); the draft and the 2030 post are not public yet.
        Assert.Equal(site.TotalBefore + 55, await TotalAsync("/api/v1/articles?pageSize=1"));
    }

    [Theory]
    [InlineData("edge-case-many-tags", "Edge Case: Many Tags", 47)]
    [InlineData("edge-case-many-categories", "Edge Case: Many Categories", 65)]
    [InlineData("edge-case-no-title", "", 5)]
    public async Task GetArticle_TrickyPost_IsServedWithItsTitleAndTags(string slug, string title, int tags)
    {
        var article = await _client.GetFromJsonAsync<JsonElement>($"/api/v1/articles/{slug}");

        Assert.Equal(title, article.GetProperty("title").GetString());
        Assert.Equal(tags, article.GetProperty("tags").GetArrayLength());
        Assert.Equal("Theme Buster", article.GetProperty("author").GetProperty("name").GetString());
    }

    /// <summary>The fixture's six posts with a `_thumbnail_id`, each a different attachment; its attachments have no `_wp_attachment_metadata` (size unknown: null).</summary>
    [Theory]
    [InlineData("template-featured-image-horizontal", "2013/03/featured-image-horizontal.jpg", "Horizontal Featured Image", null)]
    [InlineData("template-featured-image-vertical", "2013/03/featured-image-vertical.jpg", "Horizontal Featured Image", null)]
    [InlineData("post-format-image-caption", "2010/08/triforce-wallpaper.jpg", null, "It’s dangerous to go alone! Take this.")]
    [InlineData("markup-image-alignment", "2013/03/soworthloving-wallpaper.jpg", "I Am Worth Loving Wallpaper", null)]
    [InlineData("block-gallery", "2008/06/img_8399.jpg", "Boat Barco Texture", "Boat BW PB Barco Texture Beautiful Fishing")]
    [InlineData("theme-block-category", "2008/06/dsc20050102_192118_51.jpg", "Wind Farm", "Albany wind-farm against the sunset, Western Australia")]
    public async Task GetArticle_WithAThumbnail_ServesItsAttachmentAsTheImage(string slug, string file, string? alt, string? caption)
    {
        var image = (await _client.GetFromJsonAsync<JsonElement>($"/api/v1/articles/{slug}")).GetProperty("featuredImage");

        Assert.Equal("https://wpthemetestdata.files.wordpress.com/" + file, image.GetProperty("url").GetString());
        Assert.Equal((alt, caption), (image.GetProperty("alt").GetString(), image.GetProperty("caption").GetString()));
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null, ""), (image.GetProperty("width").ValueKind, image.GetProperty("height").ValueKind, image.GetProperty("srcset").GetString()));
    }

    /// <summary>The fixture's 68 categories, 10 of them under another, two chains three deep.</summary>
    [Fact]
    public async Task ListTags_CategoriesKeepTheirParents()
    {
        var tags = (await _client.GetFromJsonAsync<JsonElement>("/api/v1/tags?pageSize=100&page=1")).GetProperty("items").EnumerateArray()
            .Concat((await _client.GetFromJsonAsync<JsonElement>("/api/v1/tags?pageSize=100&page=2")).GetProperty("items").EnumerateArray())
            .ToDictionary(t => t.GetProperty("slug").GetString()!, t => t.GetProperty("parent").GetString());

        Assert.Equal(10, site.Report.Imported["category parents"]);
        Assert.Equal(10, tags.Values.Count(p => p is not null));
        Assert.Equal(("child-1", "parent", null), (tags["child-2"], tags["child-1"], tags["parent"]));
        Assert.Equal(("child-category-03", "parent-category"), (tags["grandchild-category"], tags["child-category-03"]));
        Assert.Equal(("aciform", "foo-parent"), (tags["sub"], tags["foo-a-foo-parent"]));
        Assert.Null(tags["8bit"]);
    }

    [Fact]
    public async Task StickyPost_IsFlaggedSticky_AndOthersAreNot()
    {
        Assert.True((await _client.GetFromJsonAsync<JsonElement>("/api/v1/articles/template-sticky")).GetProperty("sticky").GetBoolean());
        Assert.False((await _client.GetFromJsonAsync<JsonElement>("/api/v1/articles/edge-case-many-tags")).GetProperty("sticky").GetBoolean());
        var list = await _client.GetFromJsonAsync<JsonElement>("/api/v1/articles?pageSize=100");
        Assert.Single(list.GetProperty("items").EnumerateArray(), a => a.GetProperty("sticky").GetBoolean() && a.GetProperty("slug").GetString() == "template-sticky");
    }

    [Fact]
    public async Task GetArticle_VeryLongTitle_IsKeptWhole()
    {
        var article = await _client.GetFromJsonAsync<JsonElement>("/api/v1/articles/title-should-not-overflow-the-content-area");

        Assert.StartsWith("Taumatawhakatangihangakoauauotamateaturipukakapikimaungahoronukupokaiwhenuakitanatahu", article.GetProperty("title").GetString());
        Assert.Equal(new DateTime(2009, 10, 5, 19, 0, 59, DateTimeKind.Utc), article.GetProperty("publishedAt").GetDateTime().ToUniversalTime());
    }

    [Theory]
    [InlineData("scheduled")]
    [InlineData("template-password-protected")]
    [InlineData("draft")]
    public async Task GetArticle_FutureDraftOrPasswordPost_IsNotPublic(string slug) =>
        await (await _client.GetAsync($"/api/v1/articles/{slug}")).AssertProblemAsync(HttpStatusCode.NotFound);

    [Fact]
    public async Task GetPage_MultiByteSlug_IsReadableAndSitsUnderItsParent()
    {
        var page = await _client.GetFromJsonAsync<JsonElement>("/api/v1/pages/" + Uri.EscapeDataString("επίπεδο-3"));

        Assert.Equal("Επίπεδο 3", page.GetProperty("title").GetString());
        Assert.Equal("επίπεδο-2", page.GetProperty("parent").GetString());
        await (await _client.GetAsync("/api/v1/articles/" + Uri.EscapeDataString("επίπεδο-3"))).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ListPages_HoldsEveryPublishedPage() => Assert.Equal(21, await TotalAsync("/api/v1/pages?pageSize=100"));

    [Theory]
    [InlineData("/2009/06/01/edge-case-many-tags/", "/api/v1/articles/edge-case-many-tags")]
    [InlineData("/?p=1151", "/api/v1/articles/edge-case-many-tags")]
    [InlineData("/level-1/level-2/", "/api/v1/pages/level-2")]
    public async Task OldPermalink_Answers301ToTheApiUrl(string oldUrl, string location)
    {
        var response = await _client.GetAsync(oldUrl);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
        var resolved = await _client.GetFromJsonAsync<JsonElement>($"/api/v1/redirects?path={Uri.EscapeDataString(oldUrl)}");
        Assert.Equal(location, resolved.GetProperty("location").GetString());
    }

    [Fact]
    public async Task OldPermalink_OfADraft_IsNotRedirected()
    {
        await (await _client.GetAsync("/api/v1/redirects?path=%2F%3Fp%3D1164")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/?p=1164")).StatusCode);
    }

    [Fact]
    public async Task ResolveRedirect_WithoutPath_Is400() =>
        await (await _client.GetAsync("/api/v1/redirects")).AssertValidationProblemAsync("path");

    [Fact]
    public async Task SearchAndRelated_AreCompleteAfterTheImport()
    {
        var hits = await _client.GetFromJsonAsync<JsonElement>("/api/v1/search?q=Taumatawhakatangihangakoauauotamateaturipukakapikimaungahoronukupokaiwhenuakitanatahu");
        Assert.Contains(hits.GetProperty("items").EnumerateArray(), h => h.GetProperty("slug").GetString() == "title-should-not-overflow-the-content-area");

        var related = await _client.GetFromJsonAsync<JsonElement>("/api/v1/articles/edge-case-many-tags/related");
        Assert.NotEqual(0, related.GetProperty("items").GetArrayLength());
    }

    private async Task<int> TotalAsync(string url) =>
        (await _client.GetFromJsonAsync<JsonElement>(url)).GetProperty("meta").GetProperty("total").GetInt32();

    public sealed class Imported : ContentApiFactory, IAsyncLifetime
    {
        public ImportReport Report { get; private set; } = null!;
        public int TotalBefore { get; private set; }

        public async Task InitializeAsync()
        {
            var before = await CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/articles?pageSize=1");
            TotalBefore = before.GetProperty("meta").GetProperty("total").GetInt32();
            Report = await this.ImportAsync(ImportFiles.ThemeUnitTestData);
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }
}
