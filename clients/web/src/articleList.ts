// A list of article teasers with the cursor pager that every listing page shares.
import type { ArticleListEntry, PageMeta } from "../../typescript/src/index";
import { h, markedText } from "./dom";
import { byline } from "./byline";
import { picture } from "./picture";

export function articleList(items: ArticleListEntry[], label: string): HTMLElement {
  if (items.length === 0) return h("p", {}, "No articles yet.");
  return h("ol", { class: "teasers", "aria-label": label }, ...items.map((item) =>
    h("li", {},
      h("article", {},
        picture(item.featuredImage),
        h("h2", {}, h("a", { href: `/?article=${encodeURIComponent(item.slug ?? "")}` }, item.title ?? "")),
        item.snippet ? h("p", { class: "snippet" }, markedText(item.snippet)) : item.excerpt ? h("p", {}, item.excerpt) : null,
        byline(item.author ?? null, item.publishedAt ?? null)))));
}

/** "Older articles" follows meta.nextCursor; the first page is the route without `after`. */
export function pager(meta: PageMeta, route: URLSearchParams): HTMLElement | null {
  const first = new URLSearchParams(route);
  first.delete("after");
  const newest = route.has("after") ? h("a", { href: `/?${first}`.replace(/\?$/, "") }, "Newest articles") : null;
  let older: HTMLElement | null = null;
  if (meta.nextCursor) {
    const next = new URLSearchParams(first);
    next.set("after", meta.nextCursor);
    older = h("a", { href: `/?${next}`, rel: "next" }, "Older articles");
  }
  return newest || older ? h("nav", { class: "pager", "aria-label": "More articles" }, newest, older) : null;
}
