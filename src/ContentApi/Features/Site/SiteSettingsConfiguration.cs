using ContentApi.Features.DonationForms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContentApi.Features.Site;

internal sealed class SiteSettingsConfiguration : IEntityTypeConfiguration<SiteSettings>
{
    public void Configure(EntityTypeBuilder<SiteSettings> builder)
    {
        builder.ToTable("Site");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Tagline).HasMaxLength(500);
        builder.Property(s => s.Description).HasMaxLength(5000);
        builder.Property(s => s.Url).HasMaxLength(2000);
        builder.Property(s => s.LogoUrl).HasMaxLength(2000);
        builder.HasOne<DonationForm>().WithMany().HasForeignKey(s => s.DefaultDonationFormId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(s => s.Version).IsConcurrencyToken();
    }
}
