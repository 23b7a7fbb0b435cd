using ContentApi.Features.Keys;
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

    public static WebApplication UseApiKeys(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    /// <summary>Endpoints that change content: a key with content:write, documented as such in OpenAPI.</summary>
    public static TBuilder RequireWriteKey<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(Scopes.Write);

    /// <summary>The delivery endpoints: open, or content:read when Auth:RequireReadKey is on.</summary>
    public static TBuilder RequireReadKeyWhenConfigured<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(Scopes.Read);

    /// <summary>Seeds Auth:BootstrapWriteKey when no key exists yet.</summary>
    public static async Task SeedBootstrapKeyAsync(this WebApplication app)
    {
        var secret = app.Services.GetRequiredService<IOptions<AuthOptions>>().Value.BootstrapWriteKey;
        await using var scope = app.Services.CreateAsyncScope();
        if (await scope.ServiceProvider.GetRequiredService<ApiKeyStore>().SeedBootstrapKeyAsync(secret, CancellationToken.None))
        {
            app.Logger.LogInformation("Seeded the bootstrap write key from Auth:BootstrapWriteKey.");
        }
    }

    private static bool RequireReadKey(AuthorizationHandlerContext context) =>
        context.Resource is HttpContext http
        && http.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value.RequireReadKey;
}
