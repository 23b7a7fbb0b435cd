// The document head of an article: from the API's `seo` block when it sends one, else from title and excerpt.
import { seoOf, type Article, type Site } from "../../typescript/src/index";

const openGraphNames: Record<string, string> = {
  type: "og:type", title: "og:title", description: "og:description", url: "og:url", image: "og:image",
  siteName: "og:site_name", publishedTime: "article:published_time", modifiedTime: "article:modified_time",
  author: "article:author",
};

export function articleHead(article: Article, site: Site | null): void {
  clearHead();
  const seo = seoOf(article);
  if (!seo) {
    const title = site?.name ? `${article.title} | ${site.name}` : article.title;
    document.title = title;
    addMeta("name", "description", article.excerpt);
    addMeta("property", "og:type", "article");
    addMeta("property", "og:title", article.title);
    addMeta("property", "og:description", article.excerpt);
    addMeta("name", "twitter:card", "summary");
    addLink("canonical", article.canonicalUrl);
    return;
  }
  document.title = seo.title;
  addMeta("name", "description", seo.description);
  addLink("canonical", seo.canonicalUrl);
  for (const [key, value] of Object.entries(seo.openGraph ?? {})) {
    addMeta("property", openGraphNames[key] ?? `og:${key}`, value);
  }
  for (const [key, value] of Object.entries(seo.twitter ?? {})) {
    addMeta("name", `twitter:${key}`, value);
  }
  if (seo.jsonLd) {
    const script = document.createElement("script");
    script.type = "application/ld+json";
    script.dataset.head = "";
    // "<" escaped so no string in the data can close the script element.
    script.textContent = JSON.stringify(withoutNulls(seo.jsonLd)).replace(/</g, "\\u003c");
    document.head.append(script);
  }
}

/** Structured data leaves out what is unknown rather than stating null. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([, member]) => member != null).map(([key, member]) => [key, withoutNulls(member)]));
}

function clearHead(): void {
  document.head.querySelectorAll("[data-head]").forEach((element) => element.remove());
}

function addMeta(attribute: "name" | "property", key: string, content: string | null | undefined): void {
  if (!content) return;
  const meta = document.createElement("meta");
  meta.setAttribute(attribute, key);
  meta.content = content;
  meta.dataset.head = "";
  document.head.append(meta);
}

function addLink(rel: string, href: string | null | undefined): void {
  if (!href) return;
  const link = document.createElement("link");
  link.rel = rel;
  link.href = href;
  link.dataset.head = "";
  document.head.append(link);
}
