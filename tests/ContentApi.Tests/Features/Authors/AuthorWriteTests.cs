using System.Net;
using System.Net.Http.Json;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Features.Authors;

public sealed class AuthorWriteTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    private readonly HttpClient _editor = factory.CreateWriteClient();

    [Fact]
    public async Task Author_CreatePatchDelete_ThroughHttp()
    {
        var created = await _editor.PostAsJsonAsync("/api/v1/authors", new { name = "Maya Haddad", bio = "Covers the Levant." });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/v1/authors/maya-haddad", created.Headers.Location?.ToString());

        var patched = await _editor.PatchAsync("/api/v1/authors/maya-haddad", new { website = "https://maya.example" }, created.ETag());
        var author = await patched.ReadJsonAsync();
        Assert.Equal(("Covers the Levant.", "https://maya.example"), (author.GetProperty("bio").GetString(), author.GetProperty("website").GetString()));
        Assert.Equal(patched.ETag(), (await factory.CreateClient().GetAsync("/api/v1/authors/maya-haddad")).ETag());

        Assert.Equal(HttpStatusCode.NoContent, (await _editor.DeleteAsync("/api/v1/authors/maya-haddad", patched.ETag())).StatusCode);
        await (await factory.CreateClient().GetAsync("/api/v1/authors/maya-haddad")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task DeleteAuthor_StillCredited_Returns409()
    {
        var etag = (await factory.CreateClient().GetAsync("/api/v1/authors/the-liberum")).ETag();

        var problem = await (await _editor.DeleteAsync("/api/v1/authors/the-liberum", etag)).AssertProblemAsync(HttpStatusCode.Conflict);

        Assert.Contains("credited", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task PutAuthor_TakenSlug_Returns409_AndStaleIfMatch_Returns412()
    {
        var created = await _editor.PostAsJsonAsync("/api/v1/authors", new { name = "Second Name" });

        await (await _editor.PutAsync("/api/v1/authors/second-name", new { name = "Second Name", slug = "ali-albeash" }, created.ETag()))
            .AssertProblemAsync(HttpStatusCode.Conflict);
        await (await _editor.PutAsync("/api/v1/authors/second-name", new { name = "Other" }, "\"stale\"")).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task PostAuthor_Invalid_Returns400ByField()
    {
        var problem = await (await _editor.PostAsJsonAsync("/api/v1/authors", new { name = "", slug = "Bad Slug", website = "javascript:alert(1)" }))
            .AssertProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["name", "slug", "website"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }
}
