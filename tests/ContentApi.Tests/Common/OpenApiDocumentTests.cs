using System.Text.Json;
using System.Text.Json.Nodes;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Common;

public sealed class OpenApiDocumentTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    public static readonly string CommittedPath = Path.Combine(RepositoryRoot(), "openapi.json");

    /// <summary>
    /// openapi.json is what the app serves. After an intended API change, regenerate it with
    /// `UPDATE_OPENAPI=1 dotnet test --filter OpenApiDocumentTests`, then review the diff.
    /// </summary>
    [Fact]
    public async Task ServedDocument_EqualsCommittedOpenApiJson()
    {
        var served = await factory.CreateClient().GetStringAsync("/swagger/v1/swagger.json");
        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(CommittedPath, served.ReplaceLineEndings("\n") + "\n");
        }

        var committed = JsonNode.Parse(await File.ReadAllTextAsync(CommittedPath));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(served), committed),
            "The served OpenAPI document differs from openapi.json. Regenerate it: UPDATE_OPENAPI=1 dotnet test --filter OpenApiDocumentTests");
    }

    [Fact]
    public async Task EveryOperation_HasIdSummaryDescriptionAndDocumentedErrors()
    {
        var document = JsonNode.Parse(await factory.CreateClient().GetStringAsync("/swagger/v1/swagger.json"))!;

        var operations = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(op => (Path: path.Key, Method: op.Key, Op: op.Value!)))
            .Where(x => x.Path.StartsWith("/api/", StringComparison.Ordinal) || x.Path.EndsWith(".xml", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(
            ["ChangeWebhook", "CreateArticle", "CreateAuthor", "CreateDonationForm", "CreateKey", "CreateTag", "CreateWebhook",
             "DeleteArticle", "DeleteAuthor", "DeleteDonationForm", "DeleteMedia", "DeleteTag", "DeleteWebhook",
             "GetArticle", "GetAtomFeed", "GetAuthor", "GetDonationForm", "GetJsonFeed", "GetMedia", "GetNewsSitemap", "GetPage", "GetRelatedArticles", "GetRelatedLinks",
             "GetRssFeed", "GetSite", "GetSitemap", "GetSitemapPage", "GetTag", "GetWebhook",
             "ListArticles", "ListAudit", "ListAuthorArticles", "ListAuthors", "ListChanges", "ListDeliveries", "ListDonationForms", "ListKeys", "ListMedia", "ListPages", "ListTagArticles", "ListTags", "ListWebhooks",
             "PatchArticle", "PatchAuthor", "PatchDonationForm", "PatchMedia", "PatchSite", "PatchTag",
             "Redeliver", "RemoveRelatedLink", "ReplaceArticle", "ReplaceAuthor", "ReplaceDonationForm", "ReplaceMedia", "ReplaceSite", "ReplaceTag", "ResolveRedirect", "RevokeKey", "SearchArticles", "SetRelatedLinks", "UploadMedia"],
            operations.Select(x => (string?)x.Op["operationId"]).Order(StringComparer.Ordinal));
        foreach (var (path, method, op) in operations)
        {
            var name = $"{method} {path}";
            Assert.False(string.IsNullOrWhiteSpace((string?)op["operationId"]), $"{name} has no operationId");
            Assert.False(string.IsNullOrWhiteSpace((string?)op["summary"]), $"{name} has no summary");
            Assert.False(string.IsNullOrWhiteSpace((string?)op["description"]), $"{name} has no description");
            var responses = op["responses"]!.AsObject();
            var success = responses["200"] ?? responses["201"];
            Assert.True(success is not null || responses["204"] is not null, $"{name} documents no success");
            if (success is not null)
            {
                // Feeds and sitemaps document their own media types.
                Assert.Contains(success["content"]!.AsObject(), media => media.Value?["example"] is not null);
            }
            if (method == "get" && responses["200"] is not null && !path.StartsWith("/api/v1/keys", StringComparison.Ordinal) && !path.StartsWith("/api/v1/audit", StringComparison.Ordinal) && !path.StartsWith("/api/v1/media", StringComparison.Ordinal) && !path.StartsWith("/api/v1/webhooks", StringComparison.Ordinal) && !path.EndsWith("/related-links", StringComparison.Ordinal))
            {
                Assert.NotNull(responses["200"]?["headers"]?["ETag"]);
                Assert.NotNull(responses["304"]);
                Assert.True(!path.StartsWith("/api/", StringComparison.Ordinal) || responses["429"]?["content"]?["application/problem+json"]?["example"] is not null, $"{name} documents no 429");
            }
            if (path.Contains('{', StringComparison.Ordinal))
            {
                Assert.NotNull(responses["404"]?["content"]?["application/problem+json"]);
            }
            var hasQuery = op["parameters"]?.AsArray().Any(p => (string?)p!["in"] == "query") == true;
            if (hasQuery || path.Contains("{id}", StringComparison.Ordinal))
            {
                Assert.NotNull(responses["400"]?["content"]?["application/problem+json"]);
            }
        }
    }

    [Fact]
    public async Task AdminOperations_DeclareTheKeySchemesAndTheirProblems()
    {
        var document = JsonNode.Parse(await factory.CreateClient().GetStringAsync("/swagger/v1/swagger.json"))!;

        var schemes = document["components"]!["securitySchemes"]!;
        Assert.Equal("bearer", (string?)schemes["bearer"]!["scheme"]);
        Assert.Equal(("apiKey", "header", "X-Api-Key"), ((string?)schemes["apiKey"]!["type"], (string?)schemes["apiKey"]!["in"], (string?)schemes["apiKey"]!["name"]));
        var writes = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Where(op => op.Key != "get").Select(op => (Path: path.Key, Method: op.Key, Op: op.Value!)))
            .ToList();
        Assert.NotEmpty(writes);
        foreach (var (path, method, op) in writes)
        {
            var name = $"{method} {path}";
            var security = op["security"]!.AsArray().Select(r => r!.AsObject().Select(s => s.Key).Single()).Order(StringComparer.Ordinal);
            Assert.Equal(["apiKey", "bearer"], security);
            var responses = op["responses"]!.AsObject();
            var expected = new List<string> { "401", "403" };
            if (method is "put" or "patch" or "delete" && !path.StartsWith("/api/v1/keys", StringComparison.Ordinal))
            {
                expected.AddRange(["412", "428"]);
            }
            if (method is "post" or "put" or "patch" && op["requestBody"] is not null)
            {
                expected.AddRange(["413", "415"]);
            }
            foreach (var status in expected)
            {
                Assert.True(responses[status]?["content"]?["application/problem+json"]?["example"] is not null, $"{name} documents no {status} problem");
            }
        }
        Assert.NotNull(document["paths"]!["/api/v1/articles"]!["post"]!["requestBody"]!["content"]!["application/json"]!["example"]);
    }

    [Fact]
    public async Task PagingParameters_AreIntegersWithRangesAndDefaults()
    {
        var document = JsonNode.Parse(await factory.CreateClient().GetStringAsync("/swagger/v1/swagger.json"))!;

        var parameters = document["paths"]!["/api/v1/articles"]!["get"]!["parameters"]!.AsArray();
        var pageSize = parameters.Single(p => (string?)p!["name"] == "pageSize")!;
        Assert.Equal("integer", (string?)pageSize["schema"]!["type"]);
        Assert.Equal(100, pageSize["schema"]!["maximum"]!.GetValue<int>());
        Assert.Equal(15, pageSize["schema"]!["default"]!.GetValue<int>());
        Assert.False(string.IsNullOrEmpty((string?)pageSize["description"]));
    }

    [Fact]
    public async Task QueryParameters_DocumentAllowedValuesListsAndOptionalIncludes()
    {
        var document = JsonNode.Parse(await factory.CreateClient().GetStringAsync("/swagger/v1/swagger.json"))!;

        var parameters = document["paths"]!["/api/v1/articles"]!["get"]!["parameters"]!.AsArray();
        var sort = parameters.Single(p => (string?)p!["name"] == "sort")!;
        var fields = parameters.Single(p => (string?)p!["name"] == "fields")!;
        Assert.Contains("relevance", sort["schema"]!["enum"]!.AsArray().Select(v => (string?)v));
        Assert.Equal("array", (string?)fields["schema"]!["type"]);
        Assert.False(fields["explode"]!.GetValue<bool>());
        // Swagger UI fills examples into "Try it out": optional parameters keep theirs in the description.
        Assert.Null(fields["example"]);
        Assert.Contains("Example: `slug,title`", (string?)fields["description"], StringComparison.Ordinal);
        // fields= may leave any property of a list item out, so the item schema requires none.
        Assert.Null(document["components"]!["schemas"]!["ArticleListEntry"]!["required"]);
        var required = document["components"]!["schemas"]!["RelatedArticle"]!["required"]!.AsArray().Select(v => (string?)v).ToList();
        Assert.Contains("author", required);
        var byAuthor = document["paths"]!["/api/v1/authors/{slug}/articles"]!["get"]!["parameters"]!.AsArray();
        Assert.DoesNotContain(byAuthor, p => (string?)p!["name"] == "author");
        var q = document["paths"]!["/api/v1/search"]!["get"]!["parameters"]!.AsArray().Single(p => (string?)p!["name"] == "q")!;
        Assert.True(q["required"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Document_NamesServerContactLicenceAndPatchBodiesRequireNothing()
    {
        var document = JsonNode.Parse(await factory.CreateClient().GetStringAsync("/swagger/v1/swagger.json"))!;

        Assert.Equal("/", (string?)document["servers"]![0]!["url"]);
        Assert.False(string.IsNullOrEmpty((string?)document["info"]!["contact"]!["name"]));
        Assert.False(string.IsNullOrEmpty((string?)document["info"]!["license"]!["name"]));
        var patches = document["paths"]!.AsObject().Select(p => p.Value!["patch"]).OfType<JsonNode>().ToList();
        Assert.Equal(7, patches.Count);
        foreach (var media in patches.SelectMany(p => p["requestBody"]!["content"]!.AsObject().Select(c => c.Value!)))
        {
            var name = ((string)media["schema"]!["$ref"]!).Split('/')[^1];
            Assert.EndsWith("Patch", name, StringComparison.Ordinal);
            Assert.Null(document["components"]!["schemas"]![name]!["required"]);
        }
        Assert.Null(document["components"]!["schemas"]!["SourcePatch"]!["required"]);
        Assert.Equal(["name"], document["components"]!["schemas"]!["SourceRequest"]!["required"]!.AsArray().Select(v => (string?)v));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ContentApi.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("ContentApi.sln not found above the test output.");
    }
}
