using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContentApi.Common.Auth;
using ContentApi.Features.Keys;
using ContentApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Security;

public sealed class KeyScopeTests(WriteApiFactory factory) : IClassFixture<WriteApiFactory>
{
    [Theory]
    [InlineData("GET", "/api/v1/keys")]
    [InlineData("POST", "/api/v1/keys")]
    [InlineData("DELETE", "/api/v1/keys/1")]
    public async Task ContentWriteKey_CannotAdministerKeys_403InsufficientScope(string method, string path)
    {
        var cms = factory.CreateClient(await factory.CreateKeyAsync($"cms-{method}", Scopes.Write));
        var request = new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method == "POST" ? JsonContent.Create(new { name = "successor", scopes = (string[])[Scopes.Write, Scopes.Manage] }) : null,
        };

        var response = await cms.SendAsync(request);

        var problem = await response.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("error=\"insufficient_scope\"", response.Headers.WwwAuthenticate.ToString());
        Assert.Contains(Scopes.Manage, response.Headers.WwwAuthenticate.ToString());
        Assert.Contains(Scopes.Manage, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ManageKey_GrantsOnlyScopesItHolds()
    {
        var manager = factory.CreateClient(await factory.CreateKeyAsync("manager", Scopes.Manage, Scopes.Read));

        var stronger = await manager.PostAsJsonAsync("/api/v1/keys", new { name = "stronger", scopes = (string[])[Scopes.Read, Scopes.Write] });
        var same = await manager.PostAsJsonAsync("/api/v1/keys", new { name = "same", scopes = (string[])[Scopes.Read, Scopes.Manage] });

        var problem = await stronger.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("error=\"insufficient_scope\", scope=\"content:write\"", stronger.Headers.WwwAuthenticate.ToString());
        Assert.Contains("content:write", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Created, same.StatusCode);
    }

    [Fact]
    public async Task ManageKey_CannotRevokeAKeyHoldingMore_SoTheOperatorIsNeverLockedOut()
    {
        var manager = factory.CreateClient(await factory.CreateKeyAsync("read-manager", Scopes.Manage, Scopes.Read));
        var bootstrapId = (await Keys(factory.CreateWriteClient())).Single(k => k.GetProperty("name").GetString() == "bootstrap").GetProperty("id").GetInt32();

        var response = await manager.DeleteAsync($"/api/v1/keys/{bootstrapId}");

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateWriteClient().GetAsync("/api/v1/keys")).StatusCode);
    }

    [Fact]
    public async Task BootstrapKey_HoldsWriteAndManage_AndIsListedByAFingerprintNotItsCharacters()
    {
        var listed = await factory.CreateWriteClient().GetStringAsync("/api/v1/keys");
        var bootstrap = (await Keys(factory.CreateWriteClient())).Single(k => k.GetProperty("name").GetString() == "bootstrap");

        Assert.Equal([Scopes.Write, Scopes.Manage], bootstrap.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.False(bootstrap.TryGetProperty("prefix", out _));
        Assert.DoesNotContain(WriteApiFactory.WriteKey[..8], listed);
        Assert.Equal(Convert.ToHexStringLower(ApiKeySecret.Hash(WriteApiFactory.WriteKey))[..8], bootstrap.GetProperty("fingerprint").GetString());
    }

    [Fact]
    public async Task CommandLineList_ShowsNoCharactersOfAnyKey()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        using var list = new StringWriter();

        await KeysCommand.RunAsync(scope.ServiceProvider.GetRequiredService<ApiKeyStore>(), ["keys", "list"], list, TextWriter.Null);

        Assert.Contains("\tbootstrap\t", list.ToString());
        Assert.DoesNotContain(WriteApiFactory.WriteKey[..6], list.ToString());
    }

    [Fact]
    public async Task CommandLine_CanMintAManageKey()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        using var output = new StringWriter();

        var exit = await KeysCommand.RunAsync(scope.ServiceProvider.GetRequiredService<ApiKeyStore>(),
            ["keys", "create", "--name", "operator", "--scope", Scopes.Manage], output, TextWriter.Null);

        Assert.Equal(0, exit);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient(output.ToString().Trim()).GetAsync("/api/v1/keys")).StatusCode);
    }

    private static async Task<List<JsonElement>> Keys(HttpClient client) =>
        (await (await client.GetAsync("/api/v1/keys")).ReadJsonAsync()).GetProperty("items").EnumerateArray().ToList();
}
