// Fetches across origins: the page's own API, and the API from a page served elsewhere (CORS).
import assert from "node:assert/strict";
import { liberumSlug, liberumTitle } from "./content.mjs";

// CORS headers come with branch `front`. Until it is merged a failing cross-origin fetch is reported
// as skipped; once merged, set this to true (or E2E_REQUIRE_CORS=1) so a regression fails the run.
const corsRequired = process.env.E2E_REQUIRE_CORS === "1" || false;

export async function sameOriginFetch(page) {
  await page.goto("/");
  const answer = await page.evaluate(async () => {
    const response = await fetch("/api/v1/articles?pageSize=1");
    return { status: response.status, etag: response.headers.get("ETag"), items: (await response.json()).items.length };
  });
  assert.deepEqual({ status: answer.status, items: answer.items }, { status: 200, items: 1 });
  assert.ok(answer.etag, "the ETag header is readable");
}

export async function crossOriginFetch(browser, second, api) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(second.origin);
    const answer = await page.evaluate(async (url) => {
      try {
        const response = await fetch(url);
        return { status: response.status, etag: response.headers.get("ETag"), items: (await response.json()).items.length };
      } catch (error) {
        return { error: String(error) };
      }
    }, `${api.origin}/api/v1/articles?pageSize=1`);
    if (answer.error) {
      throw withoutCors(`the browser blocked the fetch from ${second.origin} to ${api.origin} (${answer.error}): no CORS headers`);
    }
    assert.deepEqual({ status: answer.status, items: answer.items }, { status: 200, items: 1 });
    assert.ok(answer.etag, "ETag is exposed to the other origin (Access-Control-Expose-Headers)");
    return corsRequired ? undefined : "passes: CORS is in; make it required in tests/e2e/origins.mjs";
  } finally {
    await context.close();
  }
}

export async function frontEndOnSecondOrigin(browser, second) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${second.origin}/?article=${liberumSlug}`);
    await page.waitForFunction(() => !document.getElementById("main")?.hasAttribute("aria-busy"));
    const heading = await page.locator("main h1").textContent();
    if (heading === "Something went wrong") {
      throw withoutCors(`the front end on ${second.origin} could not read the API: ${await page.locator("main [role=alert]").textContent()}`);
    }
    assert.equal(heading, liberumTitle);
    assert.equal(await page.locator("main .related li").count(), 6);
    return corsRequired ? undefined : "passes: CORS is in; make it required in tests/e2e/origins.mjs";
  } finally {
    await context.close();
  }
}

function withoutCors(message) {
  if (corsRequired) return new Error(message);
  return Object.assign(new Error(`${message}; expected once branch front is merged`), { pending: true });
}

export async function apiStaysProblemJson(api) {
  const response = await fetch(`${api.origin}/api/v1/no-such-route`);
  assert.equal(response.status, 404);
  assert.equal(response.headers.get("content-type"), "application/problem+json");
  const root = await fetch(`${api.origin}/`);
  assert.equal(root.status, 200);
  assert.match(root.headers.get("content-type") ?? "", /^text\/html/);
}
