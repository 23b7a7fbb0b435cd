using Mapster;

namespace ContentApi.Features.Site;

internal sealed class SiteMappings : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<SiteSettings, SiteResponse>().MapWith(s => new SiteResponse(
            s.Name, s.Tagline, s.Description, s.Url, s.LogoUrl, s.DefaultDonationFormId));
}
