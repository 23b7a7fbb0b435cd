using ContentApi.Features.Keys;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace ContentApi.Common.Auth;

/// <summary>API keys as an ASP.NET Core authentication scheme, and one authorization policy per scope.</summary>
public static class AuthSetup
{
    public static IServiceCollection AddApiKeys(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AuthOptions>(configuration.GetSection(AuthOptions.Section));
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(
                ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(Scopes.Write, policy => policy.RequireAuthenticatedUser().RequireAssertion(c => c.User.CanWrite()))
            .AddPolicy(Scopes.Manage, policy => policy.RequireAuthenticatedUser().RequireAssertion(c => c.User.HasScope(Scopes.Manage)))
            // Read access is open unless the operator turns Auth:RequireReadKey on.
            .AddPolicy(Scopes.Read, policy => policy.RequireAssertion(c =>
                !RequireReadKey(c) || (c.User.Identity?.IsAuthenticated == true && c.User.HasScope(Scopes.Read))));
        // Authentication brings Data Protection, whose hosted service loads (and on a new machine
        // creates) a key ring at start-up: ~0.4 s of the cold start. API keys never use it.
        var keyRingLoader = services.FirstOrDefault(d =>
            d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Name == "DataProtectionHostedService");
        if (keyRingLoader is not null)
        {
            services.Remove(keyRingLoader);
        }
        return services;
    }

    /// <summary>Who is calling: a verified key, a key that failed, or nobody. Decides nothing yet.</summary>
    public static WebApplication UseApiKeyAuthentication(this WebApplication app)
    {
        app.UseAuthentication();
        return app;
    }

    /// <summary>
    /// A key that is presented and wrong is a 401 on every route, public ones included: a client
    /// with a revoked or mistyped key learns so at once instead of silently reading as anonymous.
    /// Then each endpoint's scope policy.
    /// </summary>
    public static WebApplication UseApiKeyAuthorization(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            // The handler keeps its result for the request, so this reads what authentication found without a second lookup.
            if ((await context.AuthenticateAsync(ApiKeyAuthenticationHandler.SchemeName)).Failure is not null)
            {
                await context.ChallengeAsync(ApiKeyAuthenticationHandler.SchemeName);
                return;
            }
            await next(context);
        });
        app.UseAuthorization();
        return app;
    }

    /// <summary>Endpoints that change content: a key with content:write, documented as such in OpenAPI.</summary>
    public static TBuilder RequireWriteKey<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(Scopes.Write);

    /// <summary>Key administration: a key with keys:manage, which only the operator's keys hold.</summary>
    public static TBuilder RequireManageKey<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(Scopes.Manage);

    /// <summary>The delivery endpoints: open, or content:read when Auth:RequireReadKey is on.</summary>
    public static TBuilder RequireReadKeyWhenConfigured<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(Scopes.Read);

    /// <summary>Seeds Auth:BootstrapWriteKey when no key exists yet; start-up calls it under its lock, so instances starting together make one key.</summary>
    public static async Task SeedBootstrapKeyAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        var secret = services.GetRequiredService<IOptions<AuthOptions>>().Value.BootstrapWriteKey;
        if (await services.GetRequiredService<ApiKeyStore>().SeedBootstrapKeyAsync(secret, cancellationToken))
        {
            services.GetRequiredService<ILogger<ApiKeyStore>>().LogInformation("Seeded the bootstrap write key from Auth:BootstrapWriteKey.");
        }
    }

    private static bool RequireReadKey(AuthorizationHandlerContext context) =>
        context.Resource is HttpContext http
        && http.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value.RequireReadKey;
}
