using Mapster;

namespace ContentApi.Features.Tags;

internal sealed class TagMappings : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<Tag, TagResponse>().MapWith(s => new TagResponse(
            s.Id, s.Slug, s.Name, s.Description, s.Parent == null ? null : s.Parent.Slug, s.ArticleCount));
}
