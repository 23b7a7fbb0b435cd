using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContentApi.Data;
using ContentApi.Features.Articles.Documents;
using ContentApi.Tests.Features.Media;
using ContentApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Features.Articles.Documents;

/// <summary>The stored answer is today's rendering, byte for byte, and the read serves it only when it is.</summary>
public sealed class ArticleDocumentTests(ArticleDocumentFactory factory) : IClassFixture<ArticleDocumentFactory>
{
    private readonly HttpClient _editor = factory.CreateWriteClient();

    [Fact]
    public async Task StoredDocuments_AreTheRenderedAnswer_ByteForByte_ForVariedArticles()
    {
        await factory.RenderMissingAsync();
        await factory.AssertStoredAndCurrentAsync(SeedFacts.ArticleSlug);

        var avatar = await factory.UploadAsync(TestImages.Jpeg(300, 300), "face.jpg", ("alt", "Zoë Øster"));
        var picture = await factory.UploadAsync(TestImages.Jpeg(900, 500), "scene.jpg", ("alt", "A harbour"), ("credit", "Reuters"));
        await PostAsync("/api/v1/authors", new { name = "Zoë Øster", bio = "Writes on «Europe» & Asia — 東京 🚀", website = "https://zoe.example", avatarId = avatar.Int("id") });
        await PostAsync("/api/v1/authors", new { name = "No Bio" });
        await PostAsync("/api/v1/tags", new { name = "Économie" });
        await PostAsync("/api/v1/tags", new { name = "Zürich" });
        var slugs = new[]
        {
            await PostAsync("/api/v1/articles", new
            {
                title = "Ünïcödé: «quotes», 東京 and 🚀", bodyHtml = "<p>Ça va? <em>Très</em> bien — \"ok\" &amp; <a href=\"https://x.example/?a=1&b=2\">link</a></p>",
                status = "published", author = "zoe-oster", tags = new[] { "economie", "zurich" }, donationFormId = 6,
                featuredImageId = picture.Int("id"), source = new { name = "Asharq Al-Awsat", url = "https://english.aawsat.com/" },
            }),
            await PostAsync("/api/v1/articles", new { title = "A plain note", status = "published" }),
            await PostAsync("/api/v1/articles", new { title = "Bio-less byline", bodyHtml = "<p>One.</p><p>Two.</p>", status = "published", author = "no-bio", tags = new[] { "zurich" } }),
            await PostAsync("/api/v1/articles", new { title = "Dated in the past", status = "published", publishedAt = new DateTime(2020, 2, 29, 12, 0, 0, DateTimeKind.Utc) }),
        };

        foreach (var slug in slugs)
        {
            // Rendered in the write's own transaction: no worker ran.
            await factory.AssertStoredAndCurrentAsync(slug);
        }
        await factory.AssertListStoredAndCurrentAsync("/api/v1/articles?pageSize=100");
        await factory.AssertListStoredAndCurrentAsync("/api/v1/articles?pageSize=100&include=author,tags,donationForm&sort=title");
    }

    [Fact]
    public async Task Get_ServesTheStoredBytes_ExceptForPreviewAndIncludeRelated()
    {
        var slug = await PostAsync("/api/v1/articles", new { title = "Served from its document", status = "published" });
        var rendered = await factory.AssertCurrentAsync(slug);
        await SetStoredJsonAsync(slug, """{"marker":true}"""u8.ToArray());

        var served = await factory.CreateClient().GetAsync($"/api/v1/articles/{slug}");
        Assert.Equal("""{"marker":true}""", await served.Content.ReadAsStringAsync());
        Assert.Equal("application/json; charset=utf-8", served.Content.Headers.ContentType?.ToString());
        Assert.Equal(HttpStatusCode.NotModified, (await GetWithAsync(slug, ("If-None-Match", served.Headers.ETag!.ToString()))).StatusCode);
        var withRelated = await (await factory.CreateClient().GetAsync($"/api/v1/articles/{slug}?include=related")).ReadJsonAsync();
        Assert.Equal(slug, withRelated.GetProperty("slug").GetString());
        var preview = await _editor.GetAsync($"/api/v1/articles/{slug}?preview=true");
        Assert.Equal(rendered, await preview.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task DependentWrites_NeverServeStale_AndTheWorkerStoresTheNewAnswer()
    {
        var avatar = await factory.UploadAsync(TestImages.Jpeg(200, 200), "avatar.jpg", ("alt", "Old avatar alt"));
        var image = await factory.UploadAsync(TestImages.Jpeg(800, 400), "lead.jpg", ("alt", "Old image alt"));
        await PostAsync("/api/v1/authors", new { name = "Dep Author", avatarId = avatar.Int("id") });
        await PostAsync("/api/v1/tags", new { name = "Dep Tag" });
        var slug = await PostAsync("/api/v1/articles", new
        {
            title = "Depends on others", status = "published", author = "dep-author", tags = new[] { "dep-tag" }, donationFormId = 6, featuredImageId = image.Int("id"),
        });
        await factory.AssertStoredAndCurrentAsync(slug);

        await ChangeAsync("/api/v1/authors/dep-author", new { name = "Dep Author Renamed", bio = "A new bio" }, slug, "Dep Author Renamed");
        await ChangeAsync("/api/v1/tags/dep-tag", new { name = "Dep Tag Renamed" }, slug, "Dep Tag Renamed");
        await ChangeAsync($"/api/v1/media/{image.Int("id")}", new { alt = "New image alt" }, slug, "New image alt");
        await ChangeAsync($"/api/v1/media/{avatar.Int("id")}", new { alt = "New avatar alt" }, slug, "New avatar alt");
        await ChangeAsync("/api/v1/site", new { name = "The Renamed Liberum", url = "https://renamed.example" }, slug, "The Renamed Liberum");
        // The answer shows only the form's id: its document stays and stays true.
        await PatchAsync("/api/v1/donation-forms/6", new { title = "A retitled form" });
        await factory.AssertStoredAndCurrentAsync(slug);
    }

    [Fact]
    public async Task ArticleWrites_SlugChangeUnpublishAndSchedule_AreNeverStale()
    {
        var slug = await PostAsync("/api/v1/articles", new { title = "Moving article", status = "published" });
        await PatchAsync($"/api/v1/articles/{slug}", new { slug = "moved-article", title = "Moved article" });
        await factory.AssertStoredAndCurrentAsync("moved-article");
        var old = await factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync($"/api/v1/articles/{slug}");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/api/v1/articles/moved-article", old.Headers.Location?.ToString());

        await PatchAsync("/api/v1/articles/moved-article", new { status = "draft" });
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/api/v1/articles/moved-article")).StatusCode);
        Assert.Null(await factory.DocumentAsync("moved-article"));

        var due = DateTime.UtcNow.AddSeconds(2);
        await PatchAsync("/api/v1/articles/moved-article", new { status = "scheduled", publishedAt = due });
        Assert.NotNull(await factory.DocumentAsync("moved-article"));
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/api/v1/articles/moved-article")).StatusCode);
        await Task.Delay(due - DateTime.UtcNow + TimeSpan.FromMilliseconds(200));
        await factory.AssertStoredAndCurrentAsync("moved-article");
    }

    [Fact]
    public async Task MissingOrOtherBuildsDocuments_AreNotServed_AndTheWorkerStoresThemAgain()
    {
        var slug = await PostAsync("/api/v1/articles", new { title = "Rendered by another build", status = "published" });
        await SetStoredJsonAsync(slug, """{"marker":true}"""u8.ToArray(), version: "another-build");
        Assert.DoesNotContain("marker", await factory.CreateClient().GetStringAsync($"/api/v1/articles/{slug}"), StringComparison.Ordinal);

        // A database from before the documents: none at all, then the worker's pass.
        await factory.ExecuteDbContextAsync(db => Task.CompletedTask);
        await factory.AssertCurrentAsync(SeedFacts.ArticleSlug);
        await factory.RenderMissingAsync();
        await factory.AssertStoredAndCurrentAsync(SeedFacts.ArticleSlug);
        await factory.AssertStoredAndCurrentAsync(slug);
    }

    /// <summary>A dependent write: the next read is already current (rendered), and after the worker it is stored again.</summary>
    private async Task ChangeAsync(string url, object patch, string slug, string shown)
    {
        await PatchAsync(url, patch);
        Assert.Contains(shown, System.Text.Encoding.UTF8.GetString(await factory.AssertCurrentAsync(slug)), StringComparison.Ordinal);
        await factory.RenderMissingAsync();
        await factory.AssertStoredAndCurrentAsync(slug);
        await factory.AssertListStoredAndCurrentAsync("/api/v1/articles?pageSize=100");
    }

    private async Task PatchAsync(string url, object patch)
    {
        var etag = url.StartsWith("/api/v1/articles/", StringComparison.Ordinal) ? await _editor.ETagOfAsync(url) : (await _editor.GetAsync(url)).ETag();
        var response = await _editor.PatchAsync(url, patch, etag);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private async Task<string> PostAsync(string route, object body)
    {
        var response = await _editor.PostAsJsonAsync(route, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{route}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("slug", out var slug) ? slug.GetString()! : "";
    }

    private Task<HttpResponseMessage> GetWithAsync(string slug, (string Name, string Value) header)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/articles/{slug}");
        request.Headers.TryAddWithoutValidation(header.Name, header.Value);
        return factory.CreateClient().SendAsync(request);
    }

    /// <summary>Changes a stored document behind the app's back, to see which path answers.</summary>
    private async Task SetStoredJsonAsync(string slug, byte[] json, string? version = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var updated = await scope.ServiceProvider.GetRequiredService<ContentDbContext>().Set<ArticleDocument>().Where(d => d.Slug == slug)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Json, json).SetProperty(d => d.ETag, ContentApi.Common.Http.EntityTag.FromBytes(json))
                .SetProperty(d => d.Version, d => version ?? d.Version));
        Assert.Equal(1, updated);
    }
}
