// An author's page: the bio and their articles, newest first.
import { api, failure, siteSettings } from "../api";
import { articleList, pager } from "../articleList";
import { h, show } from "../dom";
import { notFoundPage } from "./notFound";

export async function authorPage(slug: string, route: URLSearchParams): Promise<void> {
  const after = route.get("after") ?? undefined;
  const [site, author, articles] = await Promise.all([
    siteSettings(),
    api.GET("/api/v1/authors/{slug}", { params: { path: { slug } } }),
    api.GET("/api/v1/authors/{slug}/articles", { params: { path: { slug }, query: { pageSize: 10, after } } }),
  ]);
  if (author.response.status === 404) return notFoundPage();
  if (!author.data) throw failure(author.response, author.error);
  if (!articles.data) throw failure(articles.response, articles.error);
  const { name, bio, website, twitter } = author.data;
  show(`${name} | ${site?.name ?? "ContentApi"}`,
    h("h1", {}, name),
    bio ? h("p", { class: "lede" }, bio) : null,
    website ? h("p", {}, h("a", { href: website }, "Website")) : null,
    twitter ? h("p", {}, `Twitter: ${twitter}`) : null,
    h("h2", { class: "list-title" }, `Articles by ${name}`),
    articleList(articles.data.items, `Articles by ${name}`),
    pager(articles.data.meta, route));
}
