import { h } from "./dom";
import { dayMonthYear } from "./format";

/** "by Ali Albeash on 24/07/2025", with whichever half the data has. */
export function byline(author: { slug: string; name: string } | null, publishedAt: string | null): HTMLElement | null {
  if (!author && !publishedAt) return null;
  return h("p", { class: "byline" },
    author ? "by " : "",
    author ? h("a", { href: `/?author=${encodeURIComponent(author.slug)}` }, author.name) : null,
    author && publishedAt ? " on " : publishedAt ? "on " : "",
    publishedAt ? h("time", { datetime: publishedAt }, dayMonthYear(publishedAt)) : null);
}
