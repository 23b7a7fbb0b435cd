using System.Linq.Expressions;
using ContentApi.Media;
using Mapster;

namespace ContentApi.Features.Media;

internal sealed class MediaMappings : IRegister
{
    public static readonly Expression<Func<MediaItem, MediaResponse>> Projection = m => new MediaResponse(
        m.Id, MediaUrls.Original(m), m.FileName, m.MimeType, m.Width > 0 ? (int?)m.Width : null, m.Height > 0 ? (int?)m.Height : null, m.Bytes, m.Alt, m.Caption, m.Credit,
        new FocalPoint(m.FocalX, m.FocalY), m.DominantColor, m.BlurHash, m.CreatedAt, m.UpdatedAt,
        ResponsiveImage.From(m, ImageSizes.Featured));

    private static readonly Func<MediaItem, MediaResponse> Compiled = Projection.Compile();

    public void Register(TypeAdapterConfig config) => config.NewConfig<MediaItem, MediaResponse>().MapWith(Projection);

    public static MediaResponse ToResponse(MediaItem item) => Compiled(item);
}
