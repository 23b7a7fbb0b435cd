using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Features.Import;

/// <summary>Our GiveWP export: forms, posts that embed them, and the bad entries an import must report.</summary>
public sealed class GiveWpImportTests : IAsyncLifetime, IDisposable
{
    private readonly ContentApiFactory _factory = new();
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _client = _factory.CreateClient(new() { AllowAutoRedirect = false });
        var report = await _factory.ImportAsync(ImportFiles.GiveWp);
        Assert.True(report.Succeeded, string.Join("; ", report.Errors));
        Assert.Equal((2, 4, 2, 1), (report.Imported["donation forms"], report.Imported["articles"], report.Imported["pages"], report.Imported["authors"]));
        Assert.Contains("status 'trash'", Assert.Single(report.Skipped), StringComparison.Ordinal);
        Assert.Contains(report.Warnings["slug"], w => w.Contains("imported as 'rockets-hit-a-base-2'", StringComparison.Ordinal));
        Assert.Contains(report.Warnings["author"], w => w.Contains("'ghost'", StringComparison.Ordinal));
        Assert.Contains(report.Warnings["date"], w => w.Contains("0000-00-00", StringComparison.Ordinal));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task GiveWpForms_BecomeDonationFormsInMinorUnits()
    {
        var article = await _client.GetFromJsonAsync<JsonElement>("/api/v1/articles/rockets-hit-a-base");
        var form = await _client.GetFromJsonAsync<JsonElement>($"/api/v1/donation-forms/{article.GetProperty("donationFormId").GetInt32()}");

        Assert.Equal("Support independent journalism", form.GetProperty("title").GetString());
        Assert.Equal("EUR", form.GetProperty("currency").GetString());
        Assert.Equal([(1000L, "Reader", false), (2500L, "Supporter", true), (5000L, "Patron", false)], form.GetProperty("suggestedAmounts").EnumerateArray()
            .Select(a => (a.GetProperty("amount").GetInt64(), a.GetProperty("label").GetString(), a.GetProperty("isDefault").GetBoolean())));
        Assert.Equal((500L, 100000L, 500000L), (form.GetProperty("customAmountMin").GetInt64(), form.GetProperty("customAmountMax").GetInt64(), form.GetProperty("goalAmount").GetInt64()));
    }

    [Fact]
    public async Task GiveWpBlock_LinksTheArticleToItsForm_AndTheDefaultCurrencyApplies()
    {
        var article = await _client.GetFromJsonAsync<JsonElement>("/api/v1/articles/rockets-hit-a-base-2");
        var form = await _client.GetFromJsonAsync<JsonElement>($"/api/v1/donation-forms/{article.GetProperty("donationFormId").GetInt32()}");

        Assert.Equal(("Monthly supporters", "USD", 1500L), (form.GetProperty("title").GetString(), form.GetProperty("currency").GetString(),
            form.GetProperty("suggestedAmounts")[0].GetProperty("amount").GetInt64()));
        Assert.DoesNotContain("wp:give", article.GetProperty("bodyHtml").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Body_CaptionIsAFigure_TagsAndAuthorAreKept()
    {
        var article = await _client.GetFromJsonAsync<JsonElement>("/api/v1/articles/rockets-hit-a-base");
        var html = article.GetProperty("bodyHtml").GetString()!;

        Assert.Contains("<figcaption>The base in eastern Syria</figcaption></figure>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("[give_form", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<!--", html, StringComparison.Ordinal);
        Assert.Equal(["world", "middle-east"], article.GetProperty("tags").EnumerateArray().Select(t => t.GetProperty("slug").GetString()));
        Assert.Equal(("ali", "Ali Albeash"), (article.GetProperty("author").GetProperty("slug").GetString(), article.GetProperty("author").GetProperty("name").GetString()));
        Assert.Equal(new DateTime(2024, 5, 1, 9, 0, 0, DateTimeKind.Utc), article.GetProperty("publishedAt").GetDateTime().ToUniversalTime());
    }

    [Fact]
    public async Task AuthorEmail_IsNeverServed()
    {
        var author = await _client.GetStringAsync("/api/v1/authors/ali");

        Assert.DoesNotContain("ali@theliberum.example", author, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrivatePost_IsNotPublic_AndPagesFormATree()
    {
        await (await _client.GetAsync("/api/v1/articles/only-for-us")).AssertProblemAsync(HttpStatusCode.NotFound);
        var team = await _client.GetFromJsonAsync<JsonElement>("/api/v1/pages/team");
        Assert.Equal("about", team.GetProperty("parent").GetString());
    }

    [Fact]
    public async Task ImportAgain_ChangesNothing()
    {
        var before = await CountsAsync();

        var again = await _factory.ImportAsync(ImportFiles.GiveWp);

        Assert.DoesNotContain("articles", again.Imported.Keys);
        Assert.Equal((4, 2, 2), (again.Unchanged["articles"], again.Unchanged["pages"], again.Unchanged["donation forms"]));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task ChangedExport_IsReportedAndAppliedOnlyWithUpdate()
    {
        using var changed = ImportFiles.Write(File.ReadAllText(ImportFiles.GiveWp).Replace("Rockets hit a base in Syria", "Rockets hit a US base in Syria", StringComparison.Ordinal));

        var plain = await _factory.ImportAsync(changed.Path);
        Assert.Contains(plain.Warnings["changed"], w => w.Contains("post 201", StringComparison.Ordinal));
        Assert.Equal("Rockets hit a base in Syria", await TitleAsync("rockets-hit-a-base"));

        var updated = await _factory.ImportAsync(changed.Path, update: true);
        Assert.Equal(1, updated.Updated["articles"]);
        Assert.Equal("Rockets hit a US base in Syria", await TitleAsync("rockets-hit-a-base"));
    }

    [Fact]
    public async Task OldLink_ToThePost_Redirects()
    {
        var response = await _client.GetAsync("/2024/05/01/rockets-hit-a-base/");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/api/v1/articles/rockets-hit-a-base", response.Headers.Location?.OriginalString);
    }

    private async Task<string?> TitleAsync(string slug) =>
        (await _client.GetFromJsonAsync<JsonElement>($"/api/v1/articles/{slug}")).GetProperty("title").GetString();

    private Task<(int, int, int, int)> CountsAsync() => _factory.ExecuteDbContextAsync(async db => (
        await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Articles),
        await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.DonationForms),
        await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Set<ContentApi.Features.Redirects.Redirect>()),
        await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Set<ContentApi.Common.Changes.ChangeRecord>())));
}
