// A tag's page: its description and its articles, newest first.
import { api, failure, siteSettings } from "../api";
import { articleList, pager } from "../articleList";
import { h, show } from "../dom";
import { notFoundPage } from "./notFound";

export async function tagPage(slug: string, route: URLSearchParams): Promise<void> {
  const after = route.get("after") ?? undefined;
  const [site, tag, articles] = await Promise.all([
    siteSettings(),
    api.GET("/api/v1/tags/{slug}", { params: { path: { slug } } }),
    api.GET("/api/v1/tags/{slug}/articles", { params: { path: { slug }, query: { pageSize: 10, after } } }),
  ]);
  if (tag.response.status === 404) return notFoundPage();
  if (!tag.data) throw failure(tag.response, tag.error);
  if (!articles.data) throw failure(articles.response, articles.error);
  const { name, description } = tag.data;
  show(`${name} | ${site?.name ?? "ContentApi"}`,
    h("h1", {}, name),
    description ? h("p", { class: "lede" }, description) : null,
    h("h2", { class: "list-title" }, `Articles tagged ${name}`),
    articleList(articles.data.items, `Articles tagged ${name}`),
    pager(articles.data.meta, route));
}
