// The head from an article's `seo` block, in the shape agreed with branch `feeds`. Until that branch
// is merged the API sends none, so this check adds one to the API's answer in the browser.
import assert from "node:assert/strict";
import { liberumSlug, liberumTitle } from "./content.mjs";

const canonical = `https://liberum.example/${liberumSlug}`;
const seo = {
  title: `${liberumTitle} | The Liberum`,
  description: "American troops came under rocket fire in eastern Syria on Monday.",
  canonicalUrl: canonical,
  openGraph: {
    type: "article", title: liberumTitle, description: "American troops came under rocket fire.", url: canonical,
    image: null, siteName: "The Liberum", publishedTime: "2021-06-28T00:00:00Z", modifiedTime: null, author: "The Liberum",
  },
  twitter: { card: "summary", title: liberumTitle, description: "American troops came under rocket fire.", image: null },
  jsonLd: {
    "@context": "https://schema.org", "@type": "NewsArticle", headline: liberumTitle, datePublished: null, dateModified: null,
    author: { "@type": "Person", name: "The Liberum", url: null },
    publisher: { "@type": "Organization", name: "The Liberum", url: null, logo: null },
  },
};

export async function headFromSeoBlock(page) {
  const articleApi = (url) => url.pathname === `/api/v1/articles/${liberumSlug}`;
  await page.route(articleApi, async (route) => {
    const response = await route.fetch();
    const article = await response.json();
    await route.fulfill({ response, json: { ...article, seo: article.seo ?? seo } });
  });
  try {
    await page.goto(`/?article=${liberumSlug}`);
    await page.locator("main h1").waitFor();
    const head = await page.evaluate(() => {
      const meta = (key) => document.querySelector(`meta[name="${key}"], meta[property="${key}"]`)?.content ?? null;
      return {
        title: document.title,
        description: meta("description"),
        canonical: document.querySelector('link[rel="canonical"]')?.href ?? null,
        og: ["og:type", "og:url", "og:site_name", "article:published_time", "article:author", "og:image"].map(meta),
        twitter: meta("twitter:card"),
        jsonLd: JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? "null"),
      };
    });
    const sent = await page.evaluate(async (slug) => (await (await fetch(`/api/v1/articles/${slug}`)).json()).seo, liberumSlug);
    assert.equal(head.title, sent.title);
    assert.equal(head.description, sent.description);
    assert.equal(head.canonical, sent.canonicalUrl);
    assert.deepEqual(head.og, [sent.openGraph.type, sent.openGraph.url, sent.openGraph.siteName,
      sent.openGraph.publishedTime, sent.openGraph.author, sent.openGraph.image]);
    assert.equal(head.twitter, sent.twitter.card);
    assert.equal(head.jsonLd["@type"], "NewsArticle");
    assert.equal(head.jsonLd.headline, liberumTitle);
    assert.ok(!JSON.stringify(head.jsonLd).includes("null"), "JSON-LD states no null members");
    return JSON.stringify(sent) === JSON.stringify(seo) ? "from the agreed shape, added in the browser" : "from the API's own seo block";
  } finally {
    await page.unroute(articleApi);
  }
}
