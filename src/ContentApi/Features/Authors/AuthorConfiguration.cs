using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContentApi.Features.Authors;

internal sealed class AuthorConfiguration : IEntityTypeConfiguration<Author>
{
    public void Configure(EntityTypeBuilder<Author> builder)
    {
        builder.HasIndex(a => a.Slug).IsUnique();
        builder.Property(a => a.Slug).HasMaxLength(200);
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.Bio).HasMaxLength(5000);
        builder.Property(a => a.Website).HasMaxLength(2000);
        builder.Property(a => a.Twitter).HasMaxLength(200);
        builder.Property(a => a.Facebook).HasMaxLength(200);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne(a => a.Avatar).WithMany().HasForeignKey(a => a.AvatarId).OnDelete(DeleteBehavior.Restrict);
    }
}
