using System.Net.Http.Json;
using System.Text.Json;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Features.Import;

/// <summary>Categories keep their parents (`&lt;wp:category_parent&gt;`), whatever order the export lists them in.</summary>
public sealed class CategoryParentImportTests : IDisposable
{
    private const string Head = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>T</title>
        <wp:wxr_version>1.2</wp:wxr_version><wp:base_blog_url>https://parents.example</wp:base_blog_url>
        """;

    private readonly ContentApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ChildListedBeforeItsParents_GetsThemAll_AndImportingAgainChangesNothing()
    {
        using var file = ImportFiles.Write(Export(("leaf", "middle"), ("middle", "root"), ("root", null)));

        var first = await _factory.ImportAsync(file.Path);
        var again = await _factory.ImportAsync(file.Path, update: true);

        Assert.Equal(2, first.Imported["category parents"]);
        Assert.DoesNotContain("category parents", again.Imported.Keys.Concat(again.Updated.Keys));
        Assert.Equal(("middle", "root", null), (await ParentAsync("leaf"), await ParentAsync("middle"), await ParentAsync("root")));
    }

    [Fact]
    public async Task ParentMovedInTheExport_IsKeptWithoutUpdate_AndMovedWithIt()
    {
        using var before = ImportFiles.Write(Export(("a", null), ("b", null), ("child", "a")));
        using var after = ImportFiles.Write(Export(("a", null), ("b", null), ("child", "b")));
        await _factory.ImportAsync(before.Path);

        var plain = await _factory.ImportAsync(after.Path);
        var parentWithoutUpdate = await ParentAsync("child");
        var updated = await _factory.ImportAsync(after.Path, update: true);

        Assert.Equal(("a", "b"), (parentWithoutUpdate, await ParentAsync("child")));
        Assert.DoesNotContain("category parents", plain.Updated.Keys);
        Assert.Equal(1, updated.Updated["category parents"]);
    }

    [Fact]
    public async Task MissingParentOrALoop_IsAWarning_AndTheCategoryStaysAtTheTop()
    {
        using var file = ImportFiles.Write(Export(("orphan", "gone"), ("x", "y"), ("y", "x")));

        var report = await _factory.ImportAsync(file.Path);

        Assert.True(report.Succeeded, string.Join("; ", report.Errors));
        Assert.Equal(3, report.Warnings["category"].Count);
        Assert.Contains(report.Warnings["category"], w => w.Contains("'orphan': its parent 'gone' is not in the export", StringComparison.Ordinal));
        Assert.Equal((null, null, null), (await ParentAsync("orphan"), await ParentAsync("x"), await ParentAsync("y")));
    }

    private async Task<string?> ParentAsync(string slug) =>
        (await _factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/tags/{slug}")).GetProperty("parent").GetString();

    private static string Export(params (string Slug, string? Parent)[] categories) => Head
        + string.Concat(categories.Select(c => $"<wp:category><wp:category_nicename>{c.Slug}</wp:category_nicename>"
            + $"<wp:category_parent>{c.Parent}</wp:category_parent><wp:cat_name>{c.Slug.ToUpperInvariant()}</wp:cat_name></wp:category>\n"))
        + "</channel></rss>";
}
