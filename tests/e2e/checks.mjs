// The browser checks. Each takes a fresh page at the API's origin and throws on what a reader would see wrong.
import assert from "node:assert/strict";
import { formAmounts, liberumSlug, liberumTitle, relatedBylines, relatedTitles, taggedSlug, taggedTitle } from "./content.mjs";

const texts = (locator) => locator.evaluateAll((nodes) => nodes.map((node) => node.textContent.trim()));

export async function homePagesByCursor(page) {
  await page.goto("/");
  await page.locator("h1", { hasText: "Latest articles" }).waitFor();
  const first = await texts(page.locator("main .teasers h2"));
  assert.equal(first.length, 5, "the first page holds pageSize (5) articles");
  assert.equal(first[0], relatedTitles[2], "newest first: the 24/07/2025 article leads");
  await page.getByRole("link", { name: "Older articles" }).click();
  await page.locator("h1", { hasText: "Older articles" }).waitFor();
  assert.match(page.url(), /[?&]after=/, "the next page is asked for by cursor");
  const second = await texts(page.locator("main .teasers h2"));
  assert.equal(second.length, 2, "7 articles: 5 then 2");
  assert.equal(new Set([...first, ...second]).size, 7, "no article on both pages");
}

export async function articleAsTheSeedShowsIt(page) {
  await page.goto(`/?article=${liberumSlug}`);
  const main = page.locator("main");
  assert.equal(await main.locator("h1").textContent(), liberumTitle);
  assert.match(await main.locator(".body").textContent(), /Colonel Wayne Marotto said/);
  assert.equal((await main.locator(".source").textContent()).trim(), "Source: Asharq Al-Awsat");
  const box = main.locator(".author-box");
  assert.equal((await box.locator("h2").textContent()).trim(), "The Liberum");
  assert.match(await box.textContent(), /Vox Populi, Vox Dei/);
  assert.equal(await box.getByRole("link", { name: "See full bio >" }).getAttribute("href"), "/?author=the-liberum");
  const donate = main.locator('.donate[data-form-id="6"]');
  assert.match(await donate.textContent(), /The Liberum runs on your donation\. Fight with us for a free society\./);
  assert.deepEqual(await texts(donate.locator(".amounts li")), formAmounts);
  const related = main.locator(".related");
  assert.equal((await related.locator("h2").textContent()).trim(), "More articles you might like");
  assert.deepEqual(await texts(related.locator("li h3")), relatedTitles, "the six teasers in the seed's order");
  const bylines = await related.locator("li").evaluateAll((items) =>
    items.map((item) => item.querySelector(".byline")?.textContent.trim() ?? null));
  assert.deepEqual(bylines, relatedBylines);
}

export async function articleHead(page) {
  await page.goto(`/?article=${liberumSlug}`);
  await page.locator("main h1").waitFor();
  const head = await page.evaluate(() => ({
    title: document.title,
    description: document.querySelector('meta[name="description"]')?.content,
    ogTitle: document.querySelector('meta[property="og:title"]')?.content,
    jsonLd: document.querySelector('script[type="application/ld+json"]')?.textContent ?? null,
  }));
  assert.ok(head.title.startsWith(liberumTitle), `<title> starts with the article's title: ${head.title}`);
  assert.match(head.description ?? "", /^American troops came under rocket fire/);
  assert.ok(head.ogTitle?.startsWith(liberumTitle), "og:title");
  if (head.jsonLd === null) return "from title and excerpt (the API sends no seo block yet)";
  const data = JSON.parse(head.jsonLd);
  assert.equal(data["@type"], "NewsArticle");
  assert.equal(data.headline, liberumTitle);
  return "from the API's seo block, with NewsArticle JSON-LD";
}

export async function authorFromTheAuthorBox(page) {
  await page.goto(`/?article=${liberumSlug}`);
  await page.getByRole("link", { name: "See full bio >" }).click();
  await page.waitForURL(/\?author=the-liberum$/);
  assert.equal(await page.locator("main h1").textContent(), "The Liberum");
  assert.match(await page.locator("main").textContent(), /Vox Populi, Vox Dei/);
  assert.deepEqual(await texts(page.locator("main .teasers h2")), [liberumTitle]);
}

export async function tagFromTheArticle(page) {
  await page.goto(`/?article=${taggedSlug}`);
  await page.locator("main .tags").getByRole("link", { name: "Syria" }).click();
  await page.waitForURL(/\?tag=syria$/);
  assert.equal(await page.locator("main h1").textContent(), "Syria");
  assert.match(await page.locator("main .lede").textContent(), /Reporting and opinion on Syria/);
  assert.deepEqual(await texts(page.locator("main .teasers h2")), [taggedTitle]);
}

export async function searchHighlights(page) {
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Search articles" }).fill("oil");
  await page.getByRole("searchbox", { name: "Search articles" }).press("Enter");
  await page.waitForURL(/\?q=oil$/);
  const first = page.locator("main .teasers li").first();
  assert.equal(await first.locator("h2").textContent(), liberumTitle);
  assert.deepEqual(await texts(first.locator(".snippet mark")), ["oil"], "the match is highlighted");
  assert.equal(await first.locator(".snippet *:not(mark)").count(), 0, "a snippet holds no markup but <mark>");
}

export async function notFoundPages(page) {
  await page.goto("/?article=no-such-article");
  assert.equal(await page.locator("main h1").textContent(), "Page not found");
  const response = await page.goto("/no-such-page");
  assert.equal(response.status(), 404);
  assert.equal(await page.locator("main h1").textContent(), "Page not found");
}
