using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Features.Articles;

public sealed class ArticleWriteTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    private readonly HttpClient _editor = factory.CreateWriteClient();

    [Fact]
    public async Task Post_PublishedArticle_Returns201WithLocationETagAndDerivedFields()
    {
        var response = await _editor.PostAsJsonAsync("/api/v1/articles", new
        {
            title = "Rockets hit a base in Syria",
            bodyHtml = "<p>American troops came under rocket fire.</p><p>Nobody was hurt.</p>",
            status = "published",
            author = "the-liberum",
            source = new { name = "Asharq Al-Awsat", url = "https://english.aawsat.com/" },
            donationFormId = 6,
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/v1/articles/rockets-hit-a-base-in-syria", response.Headers.Location?.ToString());
        var article = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("American troops came under rocket fire.\n\nNobody was hurt.", article.GetProperty("bodyText").GetString());
        Assert.Equal("American troops came under rocket fire.", article.GetProperty("excerpt").GetString());
        Assert.Equal((9, 1), (article.GetProperty("wordCount").GetInt32(), article.GetProperty("readingTime").GetInt32()));
        Assert.Equal("The Liberum", article.GetProperty("author").GetProperty("name").GetString());
        Assert.NotEqual(JsonValueKind.Null, article.GetProperty("publishedAt").ValueKind);
        var get = await factory.CreateClient().GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(response.ETag(), get.ETag());
    }

    [Fact]
    public async Task Post_Markdown_IsConvertedAndSanitised()
    {
        var response = await _editor.PostAsJsonAsync("/api/v1/articles", new
        {
            title = "Markdown body",
            bodyMarkdown = "Some **bold** claim with [a link](https://example.org).\n\n<script>alert(1)</script>Second paragraph.",
        });

        var article = await response.Content.ReadFromJsonAsync<JsonElement>();
        var html = article.GetProperty("bodyHtml").GetString()!;
        Assert.Contains("<strong>bold</strong>", html);
        Assert.Contains("<a href=\"https://example.org\" rel=\"noopener\">a link</a>", html);
        Assert.DoesNotContain("script", html);
        Assert.Equal("draft", article.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Post_SameTitleTwice_DerivesAFreeSlug()
    {
        var first = await _editor.PostAsJsonAsync("/api/v1/articles", new { title = "Twice told" });
        var second = await _editor.PostAsJsonAsync("/api/v1/articles", new { title = "Twice told" });

        Assert.Equal("/api/v1/articles/twice-told", first.Headers.Location?.ToString());
        Assert.Equal("/api/v1/articles/twice-told-2", second.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Post_TakenSlug_Returns409()
    {
        var response = await _editor.PostAsJsonAsync("/api/v1/articles", new { title = "Copycat", slug = SeedFacts.ArticleSlug });

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains(SeedFacts.ArticleSlug, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Post_ManyProblems_AllReportedInOne400()
    {
        var response = await _editor.PostAsJsonAsync("/api/v1/articles", new
        {
            title = "",
            slug = "Not A Slug!",
            bodyHtml = "<p>x</p>",
            bodyMarkdown = "x",
            status = "live",
            author = "nobody-at-all",
            tags = new[] { "no-such-tag" },
            source = new { name = "", url = "javascript:alert(1)" },
            donationFormId = 999,
            canonicalUrl = "ftp://example.org/x",
        });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        var fields = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);
        Assert.Equal(
            ["author", "bodyMarkdown", "canonicalUrl", "donationFormId", "slug", "source.name", "source.url", "status", "tags", "title"],
            fields);
    }

    [Fact]
    public async Task Post_ScheduledWithoutDate_Returns400()
    {
        var response = await _editor.PostAsJsonAsync("/api/v1/articles", new { title = "When?", status = "scheduled" });

        await response.AssertValidationProblemAsync("publishedAt");
    }

    [Fact]
    public async Task Put_ReplacesTheArticleAndReturnsTheNewETag()
    {
        var created = await _editor.PostAsJsonAsync("/api/v1/articles", new { title = "To be replaced", bodyHtml = "<p>Old.</p>" });
        var url = created.Headers.Location!.ToString();

        var replaced = await _editor.PutAsync(url, new { title = "Replaced", bodyHtml = "<p>New body.</p>", status = "published" }, created.ETag());

        var article = await replaced.ReadJsonAsync();
        Assert.Equal(("Replaced", "New body.", "to-be-replaced"), (article.GetProperty("title").GetString(), article.GetProperty("bodyText").GetString(), article.GetProperty("slug").GetString()));
        Assert.NotEqual(created.ETag(), replaced.ETag());
        Assert.Equal(replaced.ETag(), (await factory.CreateClient().GetAsync(url)).ETag());
    }

    [Fact]
    public async Task Patch_ChangesOnlyWhatItNames()
    {
        var created = await _editor.PostAsJsonAsync("/api/v1/articles", new
        {
            title = "Patch me", bodyHtml = "<p>Body stays.</p>", author = "ali-albeash", source = new { name = "Wire" },
        });

        var patched = await _editor.PatchAsync(created.Headers.Location!.ToString(), new { title = "Patched", source = (object?)null }, created.ETag());

        var article = await patched.ReadJsonAsync();
        Assert.Equal("Patched", article.GetProperty("title").GetString());
        Assert.Equal("Body stays.", article.GetProperty("bodyText").GetString());
        Assert.Equal("ali-albeash", article.GetProperty("author").GetProperty("slug").GetString());
        Assert.Equal(JsonValueKind.Null, article.GetProperty("source").ValueKind);
        Assert.Equal("draft", article.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Patch_NewBody_DerivesANewExcerptButKeepsAnEditorsOne()
    {
        var derived = await _editor.PostAsJsonAsync("/api/v1/articles", new { title = "Derived excerpt", bodyHtml = "<p>First.</p>" });
        var custom = await _editor.PostAsJsonAsync("/api/v1/articles", new { title = "Custom excerpt", bodyHtml = "<p>First.</p>", excerpt = "Mine." });

        var a = await (await _editor.PatchAsync(derived.Headers.Location!.ToString(), new { bodyMarkdown = "Second." }, derived.ETag())).ReadJsonAsync();
        var b = await (await _editor.PatchAsync(custom.Headers.Location!.ToString(), new { bodyMarkdown = "Second." }, custom.ETag())).ReadJsonAsync();

        Assert.Equal("Second.", a.GetProperty("excerpt").GetString());
        Assert.Equal("Mine.", b.GetProperty("excerpt").GetString());
    }

    [Fact]
    public async Task Patch_InvalidResult_Returns400AndChangesNothing()
    {
        var created = await _editor.PostAsJsonAsync("/api/v1/articles", new { title = "Stays valid" });
        var url = created.Headers.Location!.ToString();

        var response = await _editor.PatchAsync(url, new { title = "", tags = new[] { "nope" } }, created.ETag());

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("title", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("tags", out _));
        Assert.Equal(created.ETag(), await _editor.ETagOfAsync(url));
    }

    [Fact]
    public async Task Patch_UnknownField_Returns400NamingIt()
    {
        var created = await _editor.PostAsJsonAsync("/api/v1/articles", new { title = "Typo target" });

        var response = await _editor.PatchAsync(created.Headers.Location!.ToString(), new { titel = "Oops" }, created.ETag());

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("titel", problem.GetProperty("detail").GetString());
    }
}
