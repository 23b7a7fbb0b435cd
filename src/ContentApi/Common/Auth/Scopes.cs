using System.Security.Claims;

namespace ContentApi.Common.Auth;

/// <summary>What an API key may do. Each scope is also the name of the authorization policy that demands it.</summary>
public static class Scopes
{
    /// <summary>Read the delivery endpoints, when Auth:RequireReadKey asks for a key at all.</summary>
    public const string Read = "content:read";

    /// <summary>Create, change and delete content; read drafts with preview=true; read the audit log.</summary>
    public const string Write = "content:write";

    /// <summary>List, create and revoke keys, granting only scopes the key itself holds. The CLI's keys and the bootstrap key have it.</summary>
    public const string Manage = "keys:manage";

    public const string ClaimType = "scope";
    public const string KeyIdClaimType = "key_id";

    public static readonly IReadOnlyList<string> All = [Read, Write, Manage];

    /// <summary>A write key reads too: an editor who may change content may see it.</summary>
    public static bool HasScope(this ClaimsPrincipal user, string scope) =>
        user.HasClaim(ClaimType, scope) || (scope == Read && user.HasClaim(ClaimType, Write));

    public static bool CanWrite(this ClaimsPrincipal user) => user.HasScope(Write);

    /// <summary>The scopes of <paramref name="wanted"/> the caller does not hold itself: a key never grants more than it has.</summary>
    public static List<string> NotHeldBy(this IEnumerable<string> wanted, ClaimsPrincipal user) =>
        wanted.Where(scope => !user.HasScope(scope)).Distinct().ToList();
}
