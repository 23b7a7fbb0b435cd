using System.Text.Json.Serialization;
using ContentApi.Common.Paging;
using ContentApi.Features.Articles;
using ContentApi.Features.Authors;
using ContentApi.Features.DonationForms;
using ContentApi.Features.Site;
using ContentApi.Related;
using ContentApi.Features.Tags;

namespace ContentApi.Common.Json;

/// <summary>
/// Compile-time JSON metadata for the responses on the hot read paths: no reflection on the
/// first request, less work per serialisation. The app's options (camelCase, string enums)
/// still apply; types not listed here fall back to reflection.
/// </summary>
[JsonSerializable(typeof(ArticleResponse))]
[JsonSerializable(typeof(PagedList<ArticleListItem>))]
[JsonSerializable(typeof(RelatedArticles))]
[JsonSerializable(typeof(AuthorResponse))]
[JsonSerializable(typeof(PagedList<AuthorResponse>))]
[JsonSerializable(typeof(TagResponse))]
[JsonSerializable(typeof(PagedList<TagResponse>))]
[JsonSerializable(typeof(DonationFormResponse))]
[JsonSerializable(typeof(PagedList<DonationFormResponse>))]
[JsonSerializable(typeof(SiteResponse))]
[JsonSerializable(typeof(ArticleSeo))]
internal sealed partial class ContentJsonContext : JsonSerializerContext;
