using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContentApi.Features.Media;

internal sealed class MediaItemConfiguration : IEntityTypeConfiguration<MediaItem>
{
    public void Configure(EntityTypeBuilder<MediaItem> builder)
    {
        builder.ToTable("MediaItems");
        builder.Property(m => m.FileName).HasMaxLength(200);
        builder.Property(m => m.StorageKey).HasMaxLength(200);
        builder.Property(m => m.MimeType).HasMaxLength(32);
        builder.Property(m => m.ExternalUrl).HasMaxLength(2000);
        builder.Property(m => m.Alt).HasMaxLength(MediaRequestValidator.MaxAlt);
        builder.Property(m => m.Caption).HasMaxLength(MediaRequestValidator.MaxCaption);
        builder.Property(m => m.Credit).HasMaxLength(MediaRequestValidator.MaxCredit);
        builder.Property(m => m.DominantColor).HasMaxLength(7);
        builder.Property(m => m.BlurHash).HasMaxLength(64);
        builder.Property(m => m.ContentHash).HasMaxLength(64);
        builder.Property(m => m.RenditionKey).HasMaxLength(16);
        builder.Property(m => m.Version).IsConcurrencyToken();
        // The library lists newest first.
        builder.HasIndex(m => new { m.CreatedAt, m.Id }).IsDescending(true, true);
    }
}
