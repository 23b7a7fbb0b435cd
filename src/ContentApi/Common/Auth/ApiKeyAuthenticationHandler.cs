using System.Security.Claims;
using System.Text.Encodings.Web;
using ContentApi.Common.Errors;
using ContentApi.Data;
using ContentApi.Features.Keys;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ContentApi.Common.Auth;

/// <summary>
/// Reads a key from "Authorization: Bearer &lt;key&gt;" or "X-Api-Key" and finds it by its SHA-256
/// hash (nothing of the key itself is stored). No key is no result (the endpoint's policy decides); a wrong
/// or revoked key fails. The key itself is never logged.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (ReadKey() is not { } key)
        {
            return AuthenticateResult.NoResult();
        }
        // On the primary even where the request reads from a replica: a key just created or revoked counts at once.
        var db = Context.RequestServices.GetRequiredService<DatabaseRoute>().Primary;
        // Looking up by hash tells a timing observer nothing about the key: its hash cannot be steered.
        var hash = ApiKeySecret.Hash(key);
        var match = await db.Set<ApiKey>().AsNoTracking()
            .FirstOrDefaultAsync(k => k.Hash == hash && k.RevokedAt == null, Context.RequestAborted);
        if (match is null)
        {
            return AuthenticateResult.Fail("The API key is unknown or revoked.");
        }
        var claims = match.ScopeList.Select(scope => new Claim(Scopes.ClaimType, scope))
            .Append(new Claim(ClaimTypes.Name, match.Name))
            .Append(new Claim(Scopes.KeyIdClaimType, match.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    private string? ReadKey()
    {
        var authorization = Request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return authorization["Bearer ".Length..].Trim() is { Length: > 0 } bearer ? bearer : null;
        }
        return Request.Headers[HeaderName].ToString().Trim() is { Length: > 0 } header ? header : null;
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        var badKey = result.Failure is not null;
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = badKey
            ? "Bearer realm=\"ContentApi\", error=\"invalid_token\", error_description=\"The API key is unknown or revoked.\""
            : "Bearer realm=\"ContentApi\"";
        var detail = badKey
            ? "The API key is unknown or revoked. Create a key with `keys create` or ask for a new one."
            : $"This operation needs an API key with the {string.Join(" and ", RequiredScopes())} scope, sent as 'Authorization: Bearer <key>' or '{HeaderName}: <key>'.";
        await ProblemWriter.WriteAsync(Context, StatusCodes.Status401Unauthorized, detail);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        var has = string.Join(", ", Context.User.FindAll(Scopes.ClaimType).Select(c => c.Value));
        var needed = RequiredScopes();
        return InsufficientScope.WriteAsync(Context, needed,
            $"The API key '{Context.User.Identity?.Name}' has the scope(s) {has}; this operation needs {string.Join(" and ", needed)}.");
    }

    private List<string> RequiredScopes()
    {
        var policies = Context.GetEndpoint()?.Metadata.GetOrderedMetadata<Microsoft.AspNetCore.Authorization.IAuthorizeData>()
            .Select(a => a.Policy).OfType<string>().Where(p => Scopes.All.Contains(p)).Distinct().ToList();
        // Preview reads and the write endpoints need content:write; the delivery endpoints content:read; keys keys:manage.
        return policies is { Count: > 0 } ? (policies.Contains(Scopes.Write) ? policies.Where(p => p != Scopes.Read).ToList() : policies) : [Scopes.Write];
    }
}
