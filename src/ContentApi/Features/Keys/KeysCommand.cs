using ContentApi.Common.Writes;
using System.Globalization;
using ContentApi.Common.Auth;
using ContentApi.Features.Audit;

namespace ContentApi.Features.Keys;

/// <summary>
/// `keys create --name NAME --scope SCOPE [--scope SCOPE]`, `keys list`, `keys revoke ID`: runs
/// against the configured database and exits. The new key goes alone to stdout (for scripts), the
/// rest to stderr.
/// </summary>
public static class KeysCommand
{
    public const string Usage = "usage: keys create --name NAME --scope content:read|content:write|keys:manage [--scope ...] | keys list | keys revoke ID";

    public static bool Matches(string[] args) => args.Length > 0 && args[0] == "keys";

    public static async Task<int> RunAsync(ApiKeyStore store, IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        switch (args.Skip(1).FirstOrDefault())
        {
            case "create" when Option(args, "--name") is { Length: > 0 and <= 100 } name && Options(args, "--scope") is { Count: > 0 } scopes:
                if (scopes.Except(Scopes.All).ToList() is { Count: > 0 } unknown)
                {
                    await error.WriteLineAsync($"Unknown scope(s): {string.Join(", ", unknown)}. Scopes: {string.Join(", ", Scopes.All)}.");
                    return 2;
                }
                var (key, secret) = await store.CreateAsync(name, scopes, Actor.CommandLine, CancellationToken.None);
                await output.WriteLineAsync(secret);
                await error.WriteLineAsync($"Created key {key.Id} '{key.Name}' ({key.Scopes}). The key above is shown only this once; store it now.");
                return 0;
            case "list":
                foreach (var k in await store.ListAsync(CancellationToken.None))
                {
                    var state = k.RevokedAt is { } revoked ? $"revoked {revoked:O}" : "active";
                    await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"{k.Id}\t{k.Name}\t{ApiKeySecret.Fingerprint(k.Hash)}\t{k.Scopes}\tcreated {k.CreatedAt:O}\t{state}"));
                }
                return 0;
            case "revoke" when int.TryParse(args.ElementAtOrDefault(2), NumberStyles.None, CultureInfo.InvariantCulture, out var id):
                if (await store.RevokeAsync(id, Actor.CommandLine, CancellationToken.None) is not { } revokedKey)
                {
                    await error.WriteLineAsync($"No key has the id {id}.");
                    return 1;
                }
                await output.WriteLineAsync($"Revoked key {revokedKey.Id} '{revokedKey.Name}'.");
                return 0;
            default:
                await error.WriteLineAsync(Usage);
                return 2;
        }
    }

    private static string? Option(IReadOnlyList<string> args, string name) => Options(args, name).LastOrDefault();

    private static List<string> Options(IReadOnlyList<string> args, string name) =>
        args.Select((arg, i) => (arg, i)).Where(x => x.arg == name && x.i + 1 < args.Count).Select(x => args[x.i + 1]).ToList();
}
