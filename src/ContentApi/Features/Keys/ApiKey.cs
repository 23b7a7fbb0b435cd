using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContentApi.Features.Keys;

/// <summary>An API key. Only its SHA-256 hash is stored; the key itself is shown once, when it is made.</summary>
public sealed class ApiKey
{
    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>SHA-256 of the key: finds the key's row. Nothing of the key itself is stored, not even its first characters.</summary>
    public required byte[] Hash { get; set; }

    /// <summary>Space-separated scopes, e.g. "content:write".</summary>
    public required string Scopes { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? RevokedAt { get; set; }

    public IReadOnlyList<string> ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("ApiKeys");
        builder.Property(k => k.Name).HasMaxLength(100);
        builder.Property(k => k.Hash).HasMaxLength(32);
        builder.Property(k => k.Scopes).HasMaxLength(200);
        builder.HasIndex(k => k.Hash).IsUnique();
        builder.Ignore(k => k.ScopeList);
    }
}
