using ContentApi.Common.OpenApi;
using ContentApi.Search;
using Microsoft.AspNetCore.Mvc;

namespace ContentApi.Features.Articles.Querying;

/// <summary>Filters, search, order and shape of an article list; bound as text so every bad value gets a readable 400.</summary>
public sealed record ArticleListQuery
{
    [FromQuery(Name = "author")]
    [TextParameter("Only articles by any of these authors: author slugs, comma-separated. An unknown slug matches nothing.",
        Kind = TextParameterKind.List, Example = "ali-albeash,ahsan-ali")]
    public string? Author { get; init; }

    [FromQuery(Name = "tag")]
    [TextParameter("Only articles with these tags: tag slugs, comma-separated; `tagMode` says whether any or all must match. An unknown slug matches nothing.",
        Kind = TextParameterKind.List, Example = "syria,lebanon")]
    public string? Tag { get; init; }

    [FromQuery(Name = "tagMode")]
    [TextParameter("With several `tag`s: `any` (at least one) or `all` (every one).", Allowed = "any,all", Default = "any")]
    public string? TagMode { get; init; }

    [FromQuery(Name = "publishedAfter")]
    [TextParameter("Only articles published after this ISO 8601 date (`2025-07-20`: from 21 July on, UTC) or date-time (`2025-07-20T12:00:00Z`; no offset means UTC). Excludes undated articles.",
        Example = "2025-07-20")]
    public string? PublishedAfter { get; init; }

    [FromQuery(Name = "publishedBefore")]
    [TextParameter("Only articles published before this ISO 8601 date (`2025-07-23`: up to the end of 22 July, UTC) or date-time. Excludes undated articles.",
        Example = "2025-07-23")]
    public string? PublishedBefore { get; init; }

    [FromQuery(Name = "source")]
    [TextParameter("Only articles credited to this source, by its exact name (as in `source.name` of an article).", Example = "Asharq Al-Awsat", MaxLength = 200)]
    public string? Source { get; init; }

    [FromQuery(Name = "hasDonationForm")]
    [TextParameter("`true`: only articles that embed a donation form; `false`: only those that do not.", Kind = TextParameterKind.Boolean, Example = "true")]
    public string? HasDonationForm { get; init; }

    [FromQuery(Name = "q")]
    [TextParameter("Full-text search in titles, excerpts and bodies; every term must match. `word`, `prefix*` (2+ letters), `\"a phrase\"`; accents are ignored; capitalised AND/OR/NOT are ignored. Items then carry `score` and `snippet`.",
        Example = "syria", MaxLength = SearchQueryParser.MaxLength)]
    public string? Q { get; init; }

    [FromQuery(Name = "sort")]
    [TextParameter("Order of the list; ties are broken by id, so the order is total. `-` means descending. Undated articles come after the dated ones in date orders. `relevance` (best match first) needs `q`. Default: `-publishedAt` (`relevance` on /search).",
        Allowed = ArticleSort.AllowedText, Example = "-publishedAt")]
    public string? Sort { get; init; }

    [FromQuery(Name = "fields")]
    [TextParameter("Return only these top-level properties of each item, comma-separated; the others are left out (so every item property is optional when `fields` is used). `donationForm` and `related` need the matching `include`, `score` and `snippet` need `q`.",
        Kind = TextParameterKind.List, Allowed = ArticleFields.AllowedText, Example = "slug,title")]
    public string? Fields { get; init; }

    [FromQuery(Name = "include")]
    [TextParameter("Embed more, comma-separated: `author` (the whole author box: id, bio, links), `tags` (with descriptions), `donationForm` (the form object), `related` (\"More articles you might like\" as `/articles/{slug}/related` serves it: `{items, meta}`, picks then computed items with `score` and `reasons`; see `relatedLimit`). Without it items stay small: author and tags as {slug, name}, the form as `donationFormId`.",
        Kind = TextParameterKind.List, Allowed = ArticleIncludes.AllowedText, Example = "author,tags")]
    public string? Include { get; init; }

    [FromQuery(Name = "relatedLimit")]
    // No documented default: Swagger UI would send it, and relatedLimit without include=related is a 400.
    [IntegerParameter(1, ArticleIncludes.MaxRelatedLimit, int.MinValue, "With `include=related` only: the most related articles per item, from 1 to 24; default 6.")]
    public string? RelatedLimit { get; init; }
}
