using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContentApi.Features.DonationForms;

internal sealed class DonationFormConfiguration : IEntityTypeConfiguration<DonationForm>
{
    public void Configure(EntityTypeBuilder<DonationForm> builder)
    {
        // Ids come from the publishing system ("Donation Form (#6)"), so they are not generated here.
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Title).HasMaxLength(200);
        builder.Property(f => f.Heading).HasMaxLength(500);
        builder.Property(f => f.Description).HasMaxLength(5000);
        builder.Property(f => f.Currency).HasMaxLength(3);
        builder.Property(f => f.ButtonText).HasMaxLength(100);
        builder.Property(f => f.CheckoutUrl).HasMaxLength(2000);
        builder.OwnsMany(f => f.SuggestedAmounts, a => a.ToJson());
        builder.Property(f => f.Version).IsConcurrencyToken();
    }
}
