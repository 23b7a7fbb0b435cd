// An article as the seed page shows it: body, source, author box, donation call, related teasers.
import type { Article, DonationForm, RelatedArticle } from "../../../typescript/src/index";
import { api, failure, siteSettings } from "../api";
import { byline } from "../byline";
import { h, show } from "../dom";
import { money } from "../format";
import { articleHead } from "../head";
import { notFoundPage } from "./notFound";
import { picture } from "../picture";

export async function articlePage(slug: string): Promise<void> {
  const [site, { data: article, error, response }] = await Promise.all([
    siteSettings(),
    api.GET("/api/v1/articles/{slug}", { params: { path: { slug }, query: { include: "related" } } }),
  ]);
  if (response.status === 404) return notFoundPage();
  if (!article) throw failure(response, error);
  const form = article.donationFormId == null ? null : await donationForm(article.donationFormId);
  show(article.title,
    h("article", { class: "story" },
      h("h1", {}, article.title),
      byline(article.author, article.publishedAt),
      picture(article.featuredImage, { eager: true, caption: true }),
      tagLinks(article),
      body(article.bodyHtml),
      article.source ? sourceLine(article.source) : null,
      article.author ? authorBox(article.author) : null),
    form ? donationCall(form) : null,
    relatedTeasers(article.related?.items ?? []));
  articleHead(article, site);
}

async function donationForm(id: number): Promise<DonationForm | null> {
  const { data } = await api.GET("/api/v1/donation-forms/{id}", { params: { path: { id } } });
  return data ?? null;
}

function body(html: string | null): HTMLElement {
  const container = h("div", { class: "body" });
  // The API sanitises article HTML when it is written.
  container.innerHTML = html ?? "";
  return container;
}

function tagLinks(article: Article): HTMLElement | null {
  if (article.tags.length === 0) return null;
  return h("ul", { class: "tags", "aria-label": "Tags" },
    ...article.tags.map((tag) => h("li", {}, h("a", { href: `/?tag=${encodeURIComponent(tag.slug)}` }, tag.name))));
}

function sourceLine(source: NonNullable<Article["source"]>): HTMLElement {
  return h("p", { class: "source" }, "Source: ", source.url ? h("a", { href: source.url }, source.name) : source.name);
}

function authorBox(author: NonNullable<Article["author"]>): HTMLElement {
  return h("aside", { class: "author-box", "aria-labelledby": "author-name" },
    h("h2", { id: "author-name" }, author.name),
    author.bio ? h("p", {}, author.bio) : null,
    h("a", { href: `/?author=${encodeURIComponent(author.slug)}` }, "See full bio >"));
}

function donationCall(form: DonationForm): HTMLElement {
  const amounts = form.suggestedAmounts.map((choice) =>
    h("li", { class: choice.isDefault ? "suggested" : null },
      money(choice.amount, form.currency), choice.label ? ` · ${choice.label}` : "", choice.isDefault ? " (suggested)" : ""));
  return h("section", { class: "donate", "aria-labelledby": "donate-title", "data-form-id": String(form.id) },
    h("h2", { id: "donate-title" }, form.heading ?? form.title),
    form.description ? h("p", {}, form.description) : null,
    amounts.length > 0 ? h("ul", { class: "amounts", "aria-label": "Suggested amounts" }, ...amounts) : null,
    form.checkoutUrl ? h("a", { class: "button", href: form.checkoutUrl }, form.buttonText ?? "Donate") : null);
}

function relatedTeasers(items: RelatedArticle[]): HTMLElement | null {
  if (items.length === 0) return null;
  return h("section", { class: "related", "aria-labelledby": "related-title" },
    h("h2", { id: "related-title" }, "More articles you might like"),
    h("ol", { class: "teasers" }, ...items.map((item) =>
      h("li", {},
        h("h3", {}, h("a", { href: `/?article=${encodeURIComponent(item.slug)}` }, item.title)),
        item.excerpt ? h("p", {}, item.excerpt) : null,
        byline(item.author, item.publishedAt)))));
}
