// Home: the newest articles, paged by cursor; with ?q= the search results with highlighted snippets.
import { api, failure, siteSettings } from "../api";
import { articleList, pager } from "../articleList";
import { h, show } from "../dom";

const pageSize = 5;

export async function homePage(route: URLSearchParams): Promise<void> {
  const after = route.get("after") ?? undefined;
  const [site, { data, error, response }] = await Promise.all([
    siteSettings(),
    api.GET("/api/v1/articles", { params: { query: { pageSize, after } } }),
  ]);
  if (!data) throw failure(response, error);
  const name = site?.name ?? "ContentApi";
  show(name,
    h("h1", {}, after ? "Older articles" : "Latest articles"),
    site?.tagline ? h("p", { class: "lede" }, site.tagline) : null,
    articleList(data.items, "Articles, newest first"),
    pager(data.meta, route));
}

export async function searchPage(route: URLSearchParams, query: string): Promise<void> {
  const after = route.get("after") ?? undefined;
  const [site, { data, error, response }] = await Promise.all([
    siteSettings(),
    api.GET("/api/v1/search", { params: { query: { q: query, pageSize, after } } }),
  ]);
  const title = `Search: ${query} | ${site?.name ?? "ContentApi"}`;
  const heading = h("h1", {}, `Search results for “${query}”`);
  if (response.status === 400) {
    // A query the search syntax refuses: say why, as the API does.
    show(title, heading, h("p", { class: "notice", role: "status" }, (error as { detail?: string } | undefined)?.detail ?? "That search cannot be run."));
    return;
  }
  if (!data) throw failure(response, error);
  const count = data.meta.total ?? data.items.length;
  show(title, heading,
    h("p", { role: "status" }, count === 1 ? "1 article matches." : `${count} articles match.`),
    data.items.length > 0 ? articleList(data.items, "Search results, best match first") : null,
    pager(data.meta, route));
}
