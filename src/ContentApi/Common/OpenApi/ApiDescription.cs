namespace ContentApi.Common.OpenApi;

internal static class ApiDescription
{
    public const string Text = """
        The content of The Liberum, a news and opinion publication, as JSON: articles, authors, tags,
        related articles ("More articles you might like"), donation-form metadata and site settings.

        **Conventions**
        - Every route is under `/api/v1`; names are camelCase; instants are ISO 8601 in UTC.
        - Lists answer `{ "items": [...], "meta": { "page", "pageSize", "total", "pages", "nextCursor" } }`;
          `page` starts at 1, `pageSize` is 1 to 100 (default 15). Or page by cursor: pass
          `meta.nextCursor` as `after` (then `page`, `total`, `pages` are null). Headers: `Link`
          (next, prev, first, last) and `X-Total-Count`.
        - Article lists and `/search` take filters, `q`, `sort`, `fields` and `include`; a parameter a
          list does not take is a 400 that lists the allowed ones.
        - Only published articles are served: drafts, scheduled articles (until their time comes) and
          archived ones are not.
        - A fact the publication has not given is `null`, never a guess.
        - Every error is RFC 9457 `application/problem+json` with `type`, `title`, `status`, `detail`
          and, for invalid input, `errors` by parameter: 400 for a bad parameter, 404 for an unknown
          slug, id or route, 405 (with `Allow`) for a method a route does not take.

        **Writing** (the same resources, POST/PUT/PATCH/DELETE)
        - Needs an API key with `content:write`: `Authorization: Bearer <key>` or `X-Api-Key` (the
          "Authorize" button). No key: 401; a read-only key: 403.
        - Every item GET sends a strong `ETag`; PUT, PATCH and DELETE need it back in `If-Match`
          (428 without, 412 with the current ETag when someone changed the item since).
        - PATCH is a JSON merge patch (`application/merge-patch+json`). Bodies are at most 1 MiB (413),
          JSON only (415); article bodies are sanitised HTML or Markdown.
        - `preview=true` with a write key reads drafts and scheduled articles; `GET /api/v1/audit`
          lists every write.
        """;
}
