// End-to-end: the API started as a user would, the demo front end in Debian's chromium.
// Usage (after `dotnet build`): npm test. Env: E2E_PORT (API, default 5152), E2E_SECOND_PORT (5153),
// CHROMIUM (default /usr/bin/chromium). Screenshots go to tests/e2e/screenshots/ (git-ignored).
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { fitsPhoneWidth, keyboardFocusIsVisible, pagesToAudit, structureIsAccessible } from "./a11y.mjs";
import * as checks from "./checks.mjs";
import { liberumSlug, prepareContent, taggedSlug } from "./content.mjs";
import { featuredImageShown } from "./image.mjs";
import { headFromSeoBlock } from "./seo.mjs";
import { apiStaysProblemJson, crossOriginFetch, frontEndOnSecondOrigin, sameOriginFetch } from "./origins.mjs";
import { startApi, startSecondOrigin } from "./servers.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const shots = join(here, "screenshots");
const tally = { passed: 0, failed: 0, skipped: 0 };

async function check(name, run) {
  try {
    const note = await run();
    tally.passed++;
    console.log(`ok    ${name}${typeof note === "string" ? `: ${note}` : ""}`);
  } catch (error) {
    if (error?.pending) {
      tally.skipped++;
      console.log(`skip  ${name}: ${error.message}`);
      return;
    }
    tally.failed++;
    console.log(`FAIL  ${name}: ${error?.message ?? error}`);
  }
}

const repoRoot = join(here, "..", "..");
const api = await startApi(repoRoot, Number(process.env.E2E_PORT ?? 5152));
const second = await startSecondOrigin(repoRoot, Number(process.env.E2E_SECOND_PORT ?? 5153), api.origin);
let browser;
try {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--no-first-run", "--disable-quic"],
  });
  await prepareContent(api);
  const scriptErrors = [];
  const newPage = async (width) => {
    const context = await browser.newContext({ baseURL: api.origin, viewport: { width, height: width > 400 ? 900 : 740 } });
    const page = await context.newPage();
    page.on("pageerror", (error) => scriptErrors.push(`${page.url()}: ${error.message}`));
    return page;
  };
  const page = await newPage(1280);
  await check("home: newest first, paged by cursor", () => checks.homePagesByCursor(page));
  await check("article: the seed page's content", () => checks.articleAsTheSeedShowsIt(page));
  await check("article: the document head", () => checks.articleHead(page));
  await check("article: the head from an seo block", () => headFromSeoBlock(page));
  await check("author box: 'See full bio >' opens the author page", () => checks.authorFromTheAuthorBox(page));
  await check("tag link opens the tag page", () => checks.tagFromTheArticle(page));
  await check("featured image: srcset, sizes, dimensions, alt, placeholder, loaded", () => featuredImageShown(page, taggedSlug));
  await check("search shows highlighted snippets", () => checks.searchHighlights(page));
  await check("unknown article and unknown path: the not-found page", () => checks.notFoundPages(page));
  for (const path of pagesToAudit) {
    await check(`accessible structure: ${path}`, () => structureIsAccessible(page, path));
  }
  await check("keyboard: skip link first, focus visible", () => keyboardFocusIsVisible(page));
  await check("/api still answers problem+json 404", () => apiStaysProblemJson(api));
  await check("same-origin fetch from the page", () => sameOriginFetch(page));
  await check("CORS: a page on a second origin fetches the API", () => crossOriginFetch(browser, second, api));
  await check("CORS: the front end served from a second origin renders from the API", () => frontEndOnSecondOrigin(browser, second));

  mkdirSync(shots, { recursive: true });
  await check("screenshots at 1280 px", async () => {
    await page.goto("/");
    await page.locator("main .teasers").waitFor();
    await page.screenshot({ path: join(shots, "home-1280.png") });
    await page.goto(`/?article=${liberumSlug}`);
    await page.locator("main .related").waitFor();
    await page.screenshot({ path: join(shots, "article-1280.png") });
    await page.screenshot({ path: join(shots, "article-1280-full.png"), fullPage: true });
    await page.goto("/?q=oil");
    await page.locator("main .snippet").waitFor();
    await page.screenshot({ path: join(shots, "search-1280.png") });
    await page.goto("/no-such-page");
    await page.locator("main h1").waitFor();
    await page.screenshot({ path: join(shots, "not-found-1280.png") });
  });
  const phone = await newPage(375);
  for (const path of ["/", `/?article=${liberumSlug}`, "/?q=oil"]) {
    await check(`phone width (375 px): ${path}`, () => fitsPhoneWidth(phone, path));
  }
  await check("screenshots at 375 px", async () => {
    await phone.goto(`/?article=${liberumSlug}`);
    await phone.locator("main .related").waitFor();
    await phone.screenshot({ path: join(shots, "article-375-full.png"), fullPage: true });
    await phone.goto("/");
    await phone.locator("main .teasers").waitFor();
    await phone.screenshot({ path: join(shots, "home-375.png") });
  });
  await check("no script errors on any page", () => {
    if (scriptErrors.length > 0) throw new Error(scriptErrors.join("; "));
  });
} finally {
  await browser?.close();
  await second.stop();
  await api.stop();
}
console.log(`screenshots: ${shots}`);
console.log(`e2e: ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`);
process.exit(tally.failed > 0 ? 1 : 0);
