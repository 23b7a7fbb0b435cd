// A thin typed client: every path, parameter and response type comes from openapi.json (schema.d.ts).
import createClient, { type ClientOptions } from "openapi-fetch";
import type { components, paths } from "./schema";

export type { components, paths } from "./schema";

type Schemas = components["schemas"];
export type Article = Schemas["ArticleResponse"];
export type ArticleListEntry = Schemas["ArticleListEntry"];
export type ArticleAuthor = Schemas["ArticleAuthor"];
export type Author = Schemas["AuthorResponse"];
export type Tag = Schemas["TagResponse"];
export type DonationForm = Schemas["DonationFormResponse"];
export type RelatedArticle = Schemas["RelatedArticle"];
export type Site = Schemas["SiteResponse"];
export type PageMeta = Schemas["PageMeta"];
export type Problem = Schemas["ProblemDetails"];

export type ContentApiClient = ReturnType<typeof createContentApiClient>;

/** A client for the API at baseUrl ("" for the page's own origin), e.g. http://127.0.0.1:5080. */
export function createContentApiClient(baseUrl = "", options: Omit<ClientOptions, "baseUrl"> = {}) {
  return createClient<paths>({ ...options, baseUrl });
}

export { seoOf, type Seo } from "./seo";
