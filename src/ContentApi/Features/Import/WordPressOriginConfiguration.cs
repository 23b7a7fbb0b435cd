using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContentApi.Features.Import;

internal sealed class WordPressOriginConfiguration : IEntityTypeConfiguration<WordPressOrigin>
{
    public void Configure(EntityTypeBuilder<WordPressOrigin> builder)
    {
        builder.ToTable("WordPressOrigins");
        builder.Property(o => o.SiteUrl).HasMaxLength(500);
        builder.Property(o => o.Kind).HasMaxLength(16);
        builder.Property(o => o.Key).HasMaxLength(200);
        builder.Property(o => o.Hash).HasMaxLength(64);
        builder.HasIndex(o => new { o.SiteUrl, o.Kind, o.Key }).IsUnique();
    }
}
