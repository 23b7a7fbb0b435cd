using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContentApi.Common.Auth;
using ContentApi.Features.Keys;
using ContentApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Features.Keys;

public sealed class KeyLifecycleTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    private static readonly object Draft = new { title = "A key lifecycle draft" };

    [Fact]
    public async Task CreatedKey_WritesUntilRevoked_ThenIs401()
    {
        var admin = factory.CreateWriteClient();
        var created = await admin.PostAsJsonAsync("/api/v1/keys", new { name = "newsroom-cms", scopes = (string[])[Scopes.Write] });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var secret = body.GetProperty("key").GetString()!;
        var id = body.GetProperty("id").GetInt32();
        Assert.Equal($"/api/v1/keys/{id}", created.Headers.Location?.ToString());

        var editor = factory.CreateClient(secret);
        Assert.Equal(HttpStatusCode.Created, (await editor.PostAsJsonAsync("/api/v1/articles", Draft)).StatusCode);

        var listed = await (await admin.GetAsync("/api/v1/keys")).ReadJsonAsync();
        var entry = listed.GetProperty("items").EnumerateArray().Single(k => k.GetProperty("id").GetInt32() == id);
        Assert.Equal("newsroom-cms", entry.GetProperty("name").GetString());
        Assert.False(entry.TryGetProperty("key", out _));
        Assert.DoesNotContain(secret, listed.ToString());
        Assert.Equal(Convert.ToHexStringLower(ApiKeySecret.Hash(secret))[..8], entry.GetProperty("fingerprint").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/keys/{id}")).StatusCode);

        var refused = await editor.PostAsJsonAsync("/api/v1/articles", Draft);
        await refused.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("invalid_token", refused.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task Keys_AreRandomAndStoredOnlyAsHash()
    {
        var first = await factory.CreateKeyAsync("a", Scopes.Read);
        var second = await factory.CreateKeyAsync("b", Scopes.Read);

        Assert.NotEqual(first, second);
        // 256 random bits, base64url: 43 characters after the marker (>= 128 bits asked).
        Assert.Equal(ApiKeySecret.Marker.Length + 43, first.Length);
        var stored = await factory.ExecuteDbContextAsync(db => db.Set<ApiKey>().SingleAsync(k => k.Name == "a"));
        Assert.Equal(ApiKeySecret.Hash(first), stored.Hash);
        Assert.DoesNotContain(first, JsonSerializer.Serialize(stored));
    }

    [Fact]
    public async Task CommandLine_CreateListRevoke_DrivesTheSameKeys()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ApiKeyStore>();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await KeysCommand.RunAsync(store, ["keys", "create", "--name", "ci", "--scope", Scopes.Write], output, error);

        Assert.Equal(0, exit);
        var secret = output.ToString().Trim();
        Assert.Contains("shown only this once", error.ToString());
        var client = factory.CreateClient(secret);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/v1/articles", Draft)).StatusCode);

        using var list = new StringWriter();
        await KeysCommand.RunAsync(store, ["keys", "list"], list, error);
        var line = list.ToString().Split('\n').Single(l => l.Contains("\tci\t", StringComparison.Ordinal));
        Assert.DoesNotContain(secret, list.ToString());
        var id = line.Split('\t')[0];

        Assert.Equal(0, await KeysCommand.RunAsync(store, ["keys", "revoke", id], TextWriter.Null, error));
        await (await client.PostAsJsonAsync("/api/v1/articles", Draft)).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("keys")]
    [InlineData("keys create --name x")]
    [InlineData("keys create --name x --scope content:everything")]
    [InlineData("keys revoke abc")]
    public async Task CommandLine_BadArguments_ExitNonZeroWithUsage(string commandLine)
    {
        var args = commandLine.Split(' ');
        await using var scope = factory.Services.CreateAsyncScope();
        using var error = new StringWriter();

        var exit = await KeysCommand.RunAsync(scope.ServiceProvider.GetRequiredService<ApiKeyStore>(), args, TextWriter.Null, error);

        Assert.NotEqual(0, exit);
        Assert.Matches("usage|scope", error.ToString());
    }

    [Fact]
    public async Task CreateKey_UnknownScope_Returns400NamingIt()
    {
        var response = await factory.CreateWriteClient().PostAsJsonAsync("/api/v1/keys", new { name = "x", scopes = (string[])["admin"] });

        var messages = await response.AssertValidationProblemAsync("scopes[0]");
        Assert.Contains(messages, m => m.Contains("'admin'", StringComparison.Ordinal));
    }
}
