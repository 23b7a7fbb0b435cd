using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using AuthScopes = ContentApi.Common.Auth.Scopes;
using ContentApi.Common.OpenApi;
using FluentValidation;

namespace ContentApi.Features.Keys;

/// <summary>A new API key.</summary>
/// <param name="Name">Who or what uses the key, e.g. `newsroom-cms`; shown in the audit log.</param>
/// <param name="Scopes">`content:read` and/or `content:write`.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CreateKeyRequest([property: Required] string? Name, [property: Required] IReadOnlyList<string>? Scopes)
    : IHasExample<CreateKeyRequest>
{
    public static CreateKeyRequest Example => new("newsroom-cms", [AuthScopes.Write]);
}

public sealed class CreateKeyRequestValidator : AbstractValidator<CreateKeyRequest>
{
    public CreateKeyRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(100).OverridePropertyName("name");
        RuleFor(r => r.Scopes).NotEmpty().OverridePropertyName("scopes")
            .WithMessage($"scopes must list at least one of {string.Join(", ", AuthScopes.All)}.");
        RuleForEach(r => r.Scopes).Must(s => AuthScopes.All.Contains(s)).OverridePropertyName("scopes")
            .WithMessage($"'{{PropertyValue}}' is not a scope; scopes are {string.Join(", ", AuthScopes.All)}.");
    }
}

/// <summary>An API key, without its secret.</summary>
/// <param name="Prefix">The key's first characters, to tell keys apart.</param>
/// <param name="RevokedAt">When it was revoked (UTC); null while it works.</param>
public sealed record ApiKeyResponse(int Id, string Name, string Prefix, IReadOnlyList<string> Scopes, DateTime CreatedAt, DateTime? RevokedAt)
    : IHasExample<ApiKeyResponse>
{
    public static ApiKeyResponse Example => new(2, "newsroom-cms", "capi_Xq3vR7k", [AuthScopes.Write], new DateTime(2025, 7, 25, 9, 0, 0, DateTimeKind.Utc), null);

    public static ApiKeyResponse From(ApiKey key) => new(key.Id, key.Name, key.Prefix, key.ScopeList, key.CreatedAt, key.RevokedAt);
}

/// <summary>A key just made. `key` is its secret: shown in this response only, never again.</summary>
public sealed record CreatedKeyResponse(int Id, string Name, string Prefix, IReadOnlyList<string> Scopes, DateTime CreatedAt, string Key)
    : IHasExample<CreatedKeyResponse>
{
    public static CreatedKeyResponse Example => new(2, "newsroom-cms", "capi_Xq3vR7k", [AuthScopes.Write],
        new DateTime(2025, 7, 25, 9, 0, 0, DateTimeKind.Utc), "capi_Xq3vR7kT0pS3cr3tExampleOnlyNotARealKey0000");
}
