using ContentApi.Common.Changes;

namespace ContentApi.Features.DonationForms;

public static class DonationFormServices
{
    /// <summary>The write spec and the change source.</summary>
    public static IServiceCollection AddDonationForms(this IServiceCollection services) =>
        services.AddScoped<DonationFormSpec>().AddScoped<IChangeSource, DonationFormChanges>();
}
