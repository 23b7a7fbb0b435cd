// What a keyboard or screen-reader user and a phone-width reader need, checked on each kind of page.
import assert from "node:assert/strict";
import { liberumSlug } from "./content.mjs";

export const pagesToAudit = ["/", `/?article=${liberumSlug}`, "/?author=the-liberum", "/?q=syria", "/?article=no-such-article"];

export async function structureIsAccessible(page, path) {
  await page.goto(path);
  await page.waitForFunction(() => !document.getElementById("main")?.hasAttribute("aria-busy"));
  const facts = await page.evaluate(() => ({
    h1: document.querySelectorAll("h1").length,
    levels: [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((heading) => Number(heading.tagName[1])),
    landmarks: ["header", "main", "footer", '[role="search"]'].filter((selector) => document.querySelector(selector)),
    imagesWithoutAlt: [...document.images].filter((image) => !image.hasAttribute("alt")).length,
    lang: document.documentElement.lang,
    title: document.title,
  }));
  assert.equal(facts.h1, 1, "one h1");
  assert.equal(facts.levels[0], 1, "the h1 comes first");
  facts.levels.forEach((level, i) => assert.ok(i === 0 || level <= facts.levels[i - 1] + 1, `heading levels in order: ${facts.levels}`));
  assert.deepEqual(facts.landmarks, ["header", "main", "footer", '[role="search"]']);
  assert.equal(facts.imagesWithoutAlt, 0, "every image has alt text");
  assert.equal(facts.lang, "en");
  assert.ok(facts.title.length > 0, "a document title");
}

export async function keyboardFocusIsVisible(page) {
  await page.goto(`/?article=${liberumSlug}`);
  await page.locator("main h1").waitFor();
  await page.keyboard.press("Tab");
  const skip = await page.evaluate(() => {
    const focused = document.activeElement;
    const style = getComputedStyle(focused);
    return { text: focused.textContent, outline: style.outlineStyle, width: style.outlineWidth, top: focused.getBoundingClientRect().top };
  });
  assert.equal(skip.text, "Skip to content", "the first Tab reaches the skip link");
  assert.notEqual(skip.outline, "none", "the focused link shows an outline");
  assert.ok(skip.top >= 0, "the focused skip link is on screen");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  const next = await page.evaluate(() => ({
    inMain: document.getElementById("main").contains(document.activeElement),
    outline: getComputedStyle(document.activeElement).outlineStyle,
  }));
  assert.ok(next.inMain, "after the skip link, Tab moves within the main content");
  assert.notEqual(next.outline, "none");
}

export async function fitsPhoneWidth(page, path) {
  await page.goto(path);
  await page.waitForFunction(() => !document.getElementById("main")?.hasAttribute("aria-busy"));
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: window.innerWidth }));
  assert.equal(widths.viewport, 375);
  assert.ok(widths.page <= widths.viewport, `no sideways scrolling at 375 px: the page is ${widths.page} px wide`);
}
