using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using ContentApi.Common.Auth;
using ContentApi.Features.Articles;
using ContentApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Tests.Features.Articles;

/// <summary>Drafts, scheduling, preview, old slugs and soft deletes, seen from the public API.</summary>
public sealed class ArticleWorkflowTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    private readonly HttpClient _editor = factory.CreateWriteClient();
    private readonly HttpClient _public = factory.CreateClient();

    [Fact]
    public async Task Draft_IsHiddenFromThePublic_ButPreviewShowsItToAWriteKey()
    {
        var url = (await _editor.PostAsJsonAsync("/api/v1/articles", new { title = "Unfinished draft" })).Headers.Location!.ToString();

        await (await _public.GetAsync(url)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await _public.GetAsync(url + "?preview=true")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        var reader = factory.CreateClient(await factory.CreateKeyAsync("site-reader", Scopes.Read));
        await (await reader.GetAsync(url + "?preview=true")).AssertProblemAsync(HttpStatusCode.Forbidden);
        var preview = await (await _editor.GetAsync(url + "?preview=true")).ReadJsonAsync();
        Assert.Equal("draft", preview.GetProperty("status").GetString());
        var list = await (await _public.GetAsync("/api/v1/articles?pageSize=100")).ReadJsonAsync();
        Assert.DoesNotContain("unfinished-draft", list.ToString());
    }

    [Fact]
    public async Task ScheduledArticle_AppearsExactlyWhenDue()
    {
        // Two seconds ahead, on a whole second, so "before" and "after" are both observable.
        var now = DateTime.UtcNow;
        var due = new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc).AddSeconds(3);
        var created = await _editor.PostAsJsonAsync("/api/v1/articles", new { title = "Embargoed story", status = "scheduled", publishedAt = due });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var url = created.Headers.Location!.ToString();

        var seenHiddenBeforeDue = false;
        DateTime? firstSeen = null;
        var clock = Stopwatch.StartNew();
        while (firstSeen is null && clock.Elapsed < TimeSpan.FromSeconds(15))
        {
            var asked = DateTime.UtcNow;
            var response = await _public.GetAsync(url);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                firstSeen = asked;
            }
            else
            {
                Assert.True(DateTime.UtcNow < due.AddMilliseconds(250), $"Still hidden at {DateTime.UtcNow:O}, due {due:O}.");
                seenHiddenBeforeDue = true;
                await Task.Delay(50);
            }
        }

        Assert.True(seenHiddenBeforeDue);
        Assert.NotNull(firstSeen);
        Assert.True(firstSeen >= due.AddMilliseconds(-50), $"Visible at {firstSeen:O}, before it was due at {due:O}.");
        var article = await (await _public.GetAsync(url)).ReadJsonAsync();
        Assert.Equal(due.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), article.GetProperty("publishedAt").GetString());
    }

    [Fact]
    public async Task PublishedSlugChange_OldSlugAnswers301ToTheNewOne()
    {
        var created = await _editor.PostAsJsonAsync("/api/v1/articles", new { title = "Old headline", status = "published", bodyHtml = "<p>x</p>" });
        var oldUrl = created.Headers.Location!.ToString();

        var renamed = await _editor.PatchAsync(oldUrl, new { slug = "new-headline" }, created.ETag());
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);

        var noRedirects = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var moved = await noRedirects.GetAsync(oldUrl);
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal("/api/v1/articles/new-headline", moved.Headers.Location?.ToString());
        Assert.Equal("new-headline", (await (await _public.GetAsync(oldUrl)).ReadJsonAsync()).GetProperty("slug").GetString());
    }

    [Fact]
    public async Task DraftSlugChange_LeavesNoRedirect()
    {
        var created = await _editor.PostAsJsonAsync("/api/v1/articles", new { title = "Draft headline" });

        await _editor.PatchAsync(created.Headers.Location!.ToString(), new { slug = "draft-headline-2", status = "published" }, created.ETag());

        await (await _public.GetAsync(created.Headers.Location)).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Delete_IsSoft_HiddenEverywhereButKeptAsTombstone()
    {
        var created = await _editor.PostAsJsonAsync("/api/v1/articles", new { title = "Short-lived", status = "published", author = "the-liberum" });
        var url = created.Headers.Location!.ToString();

        Assert.Equal(HttpStatusCode.NoContent, (await _editor.DeleteAsync(url, created.ETag())).StatusCode);

        await (await _public.GetAsync(url)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await _editor.GetAsync(url + "?preview=true")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await _editor.DeleteAsync(url, created.ETag())).AssertProblemAsync(HttpStatusCode.NotFound);
        var authorArticles = await (await _public.GetAsync("/api/v1/authors/the-liberum/articles")).ReadJsonAsync();
        Assert.DoesNotContain("short-lived", authorArticles.ToString());
        var tombstone = await factory.ExecuteDbContextAsync(db => db.Articles.SingleAsync(a => a.Slug == "short-lived"));
        Assert.NotNull(tombstone.DeletedAt);
        Assert.Equal(ArticleStatus.Published, tombstone.Status);
    }
}
