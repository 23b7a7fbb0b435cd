using ContentApi.Common.Auth;
using ContentApi.Common.Hosting;
using ContentApi.Common.Writes;
using ContentApi.Data;
using ContentApi.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Keys;

/// <summary>Creating, listing and revoking keys: shared by the CLI, the HTTP endpoints and the bootstrap key.</summary>
public sealed class ApiKeyStore(ContentDbContext db, WritePipeline pipeline, TimeProvider clock)
{
    private const string Resource = "key";

    /// <summary>Stores a new key and returns it with its secret, the only time the secret is seen.</summary>
    public async Task<(ApiKey Key, string Secret)> CreateAsync(
        string name, IEnumerable<string> scopes, Actor actor, CancellationToken cancellationToken, string? secret = null)
    {
        secret ??= ApiKeySecret.Generate();
        var key = new ApiKey
        {
            Name = name,
            Hash = ApiKeySecret.Hash(secret),
            Scopes = string.Join(' ', scopes.Distinct().Order(StringComparer.Ordinal)),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        await using var scope = await pipeline.BeginAsync(cancellationToken);
        db.Add(key);
        await pipeline.CommitAsync(scope, () => new WriteRecord(Resource, key.Id, WriteKind.Created, key.Name, actor), cancellationToken);
        return (key, secret);
    }

    public Task<List<ApiKey>> ListAsync(CancellationToken cancellationToken) =>
        db.Set<ApiKey>().AsNoTracking().OrderBy(k => k.Id).ToListAsync(cancellationToken);

    public Task<ApiKey?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Set<ApiKey>().AsNoTracking().FirstOrDefaultAsync(k => k.Id == id, cancellationToken);

    /// <returns>The revoked key, or null when no key has the id. Revoking twice keeps the first time.</returns>
    public async Task<ApiKey?> RevokeAsync(int id, Actor actor, CancellationToken cancellationToken)
    {
        await using var scope = await pipeline.BeginAsync(cancellationToken);
        var key = await db.Set<ApiKey>().FirstOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (key is null)
        {
            return null;
        }
        if (key.RevokedAt is null)
        {
            key.RevokedAt = clock.GetUtcNow().UtcDateTime;
            await pipeline.CommitAsync(scope, () => new WriteRecord(Resource, key.Id, WriteKind.Updated, key.Name, actor, AuditAction.Revoked), cancellationToken);
        }
        return key;
    }

    /// <summary>Seeds Auth:BootstrapWriteKey as the operator's key (content:write and keys:manage) when the database holds no key at all (revoked ones count, so a revoked bootstrap key stays revoked).</summary>
    public async Task<bool> SeedBootstrapKeyAsync(string? secret, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(secret) || await db.Set<ApiKey>().AnyAsync(cancellationToken))
        {
            return false;
        }
        if (secret.Trim().Length < ApiKeySecret.MinLength)
        {
            throw new StartupRefusal(
                $"Auth:BootstrapWriteKey must be at least {ApiKeySecret.MinLength} characters of random text (e.g. `openssl rand -hex 32`).");
        }
        await CreateAsync("bootstrap", [Scopes.Write, Scopes.Manage], Actor.System, cancellationToken, secret.Trim());
        return true;
    }
}
