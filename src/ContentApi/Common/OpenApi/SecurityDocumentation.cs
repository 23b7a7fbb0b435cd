using ContentApi.Common.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.Common.OpenApi;

/// <summary>
/// The API-key security schemes (bearer, or the X-Api-Key header), so Swagger UI's "Authorize"
/// works, and the security requirement plus 401/403 on every operation that needs a write or manage key.
/// </summary>
public static class SecurityDocumentation
{
    public const string Bearer = "bearer";
    public const string ApiKey = "apiKey";

    public static IServiceCollection AddSecurityDocumentation(this IServiceCollection services)
    {
        services.ConfigureSwaggerGen(options =>
        {
            options.AddSecurityDefinition(Bearer, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "An API key as a bearer token: `Authorization: Bearer <key>`. Make the first one with `dotnet run --project src/ContentApi -- keys create --name NAME --scope content:write`. Scopes: `content:read`, `content:write`, `keys:manage` (key administration). A presented key that is unknown or revoked is a 401 on every route, public ones included.",
            });
            options.AddSecurityDefinition(ApiKey, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = Auth.ApiKeyAuthenticationHandler.HeaderName,
                Description = "The same API key in the `X-Api-Key` header.",
            });
            options.OperationFilter<SecurityOperationFilter>();
            options.OperationFilter<WriteProblemsOperationFilter>();
            options.OperationFilter<RequestExamplesOperationFilter>();
        });
        return services;
    }
}

internal sealed class SecurityOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var needsWrite = metadata.OfType<IAuthorizeData>().Any(a => a.Policy is Scopes.Write or Scopes.Manage);
        // preview=true reads with a write key; without it the operation is public, so the key is optional ({}).
        var optional = !needsWrite && context.ApiDescription.ParameterDescriptions.Any(p => p.Name == "preview");
        if (!needsWrite && !optional)
        {
            return;
        }
        operation.Security ??= [];
        if (optional)
        {
            operation.Security.Add(new OpenApiSecurityRequirement());
        }
        foreach (var scheme in new[] { SecurityDocumentation.Bearer, SecurityDocumentation.ApiKey })
        {
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(scheme, context.Document)] = [] });
        }
        operation.Responses ??= [];
        operation.Responses.TryAdd("401", WriteProblemsOperationFilter.ProblemResponse());
        operation.Responses.TryAdd("403", WriteProblemsOperationFilter.ProblemResponse());
    }
}
