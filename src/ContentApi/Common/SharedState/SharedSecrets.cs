using ContentApi.Common.Hosting;
using ContentApi.Common.Querying;

namespace ContentApi.Common.SharedState;

/// <summary>
/// Secrets every instance must hold alike. One process may make its own (a random cursor key,
/// whose cursors end with the process); once the deployment is shared (Cache:Redis, or a database
/// server other instances can reach), a per-process key would make another instance refuse the
/// cursors this one gives, so start-up refuses instead, naming the key to set.
/// </summary>
public static class SharedSecrets
{
    public static void EnsureConfigured(IConfiguration configuration)
    {
        if (!IsShared(configuration, out var because) || !string.IsNullOrWhiteSpace(configuration[CursorCodec.KeySetting]))
        {
            return;
        }
        throw new StartupRefusal(
            $"{because}, so several instances may serve this API, and each would sign paging cursors with a key of its own. " +
            $"Set {CursorCodec.KeySetting} (environment variable Cursors__Key) to the same secret of at least 32 random characters on every instance, " +
            "for example the output of `openssl rand -base64 32`.");
    }

    private static bool IsShared(IConfiguration configuration, out string because)
    {
        because = "";
        if (SharedStateSetup.UsesRedis(configuration))
        {
            because = $"{SharedStateSetup.RedisKey} is set";
            return true;
        }
        var provider = configuration["Database:Provider"];
        if (provider is not null && !provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            because = $"Database:Provider is {provider}";
            return true;
        }
        return false;
    }
}
