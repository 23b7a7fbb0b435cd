using ContentApi.Features.Media;
using ContentApi.Media;
using Mapster;

namespace ContentApi.Features.Authors;

internal sealed class AuthorMappings : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<Author, AuthorResponse>().MapWith(s => new AuthorResponse(
            s.Id, s.Slug, s.Name, s.Bio, s.Website, s.Twitter, s.Facebook,
            s.ArticleCount,
            s.Avatar == null ? null : ResponsiveImage.From(s.Avatar, ImageSizes.Avatar)));
}
