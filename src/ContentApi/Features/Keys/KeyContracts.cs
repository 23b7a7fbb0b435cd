using ContentApi.Common.Validation;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using AuthScopes = ContentApi.Common.Auth.Scopes;
using ContentApi.Common.OpenApi;
using FluentValidation;

namespace ContentApi.Features.Keys;

/// <summary>A new API key.</summary>
/// <param name="Name">Who or what uses the key, e.g. `newsroom-cms`; shown in the audit log.</param>
/// <param name="Scopes">Any of `content:read`, `content:write`, `keys:manage`; only scopes the calling key holds itself.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CreateKeyRequest([property: Required] string? Name, [property: Required] IReadOnlyList<string>? Scopes)
    : IHasExample<CreateKeyRequest>
{
    public static CreateKeyRequest Example => new("newsroom-cms", [AuthScopes.Write]);
}

public sealed class CreateKeyRequestValidator : RequestValidator<CreateKeyRequest>
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
/// <param name="Fingerprint">The first 8 hex digits of the key's SHA-256: tells keys apart without giving any of the key away.</param>
/// <param name="RevokedAt">When it was revoked (UTC); null while it works.</param>
public sealed record ApiKeyResponse(int Id, string Name, string Fingerprint, IReadOnlyList<string> Scopes, DateTime CreatedAt, DateTime? RevokedAt)
    : IHasExample<ApiKeyResponse>
{
    public static ApiKeyResponse Example => new(2, "newsroom-cms", "9f2c41d7", [AuthScopes.Write], new DateTime(2025, 7, 25, 9, 0, 0, DateTimeKind.Utc), null);

    public static ApiKeyResponse From(ApiKey key) => new(key.Id, key.Name, ApiKeySecret.Fingerprint(key.Hash), key.ScopeList, key.CreatedAt, key.RevokedAt);
}

/// <summary>A key just made. `key` is its secret: shown in this response only, never again.</summary>
/// <param name="Fingerprint">The first 8 hex digits of the key's SHA-256.</param>
public sealed record CreatedKeyResponse(int Id, string Name, string Fingerprint, IReadOnlyList<string> Scopes, DateTime CreatedAt, string Key)
    : IHasExample<CreatedKeyResponse>
{
    public static CreatedKeyResponse Example => new(2, "newsroom-cms", "9f2c41d7", [AuthScopes.Write],
        new DateTime(2025, 7, 25, 9, 0, 0, DateTimeKind.Utc), "capi_Xq3vR7kT0pS3cr3tExampleOnlyNotARealKey0000");
}
