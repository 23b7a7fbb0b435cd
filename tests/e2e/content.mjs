import { testPng } from "./image.mjs";

// Data the checks expect: the seed page's facts, and a few writes through the API so every part of
// the article page has something to show (donation amounts, a tag).
export const liberumSlug = "in-retaliation-to-airstrike-us-forces-receive-rocket-attack-in-syria";
export const liberumTitle = "In retaliation to airstrike US forces receive rocket attack in Syria";
// Tagged by prepareContent. Not The Liberum's article: a write gives an undated published article today's date.
export const taggedSlug = "internal-and-regional-implications-of-the-pkks-demise";
export const taggedTitle = "Internal and Regional implications of the PKK’s demise";

// "More articles you might like" on the seed page, in its order.
export const relatedTitles = [
  "When Reform meets Resistance: The Fate of Hezbollah’s weapons",
  "The Iranian kidnap threat against Belgian politician Darya Safai should be a top priority for the Belgian government",
  "Syria’s Islamist-led Government is failing to live up to its pledge to protect its people",
  "The Syrian “Fact-Finding” report into the March Alawite Massacres not only betrays the victims but is a Whitewashed Tragedy",
  "Internal and Regional implications of the PKK’s demise",
  "Julani’s Triumph over Ahmed al‑Sharaa is the Beginning of Syria’s End",
];
export const relatedBylines = [null, null, "by Ali Albeash on 24/07/2025", "by Ahsan Ali on 22/07/2025", "by Ali Albeash on 18/07/2025", null];
export const formAmounts = ["$10.00", "$25.00 (suggested)", "$50.00 · Patron"];

export async function prepareContent(api) {
  await patch(api, "/api/v1/donation-forms/6", {
    currency: "USD",
    suggestedAmounts: [{ amount: 1000 }, { amount: 2500, isDefault: true }, { amount: 5000, label: "Patron" }],
  });
  await send(api, "POST", "/api/v1/tags", { name: "Syria", description: "Reporting and opinion on Syria." });
  const image = await fetch(`${api.origin}/api/v1/media?alt=${encodeURIComponent("Two colour fields standing in for a photograph")}&credit=ContentApi%20tests`, {
    method: "POST", headers: { Authorization: `Bearer ${api.key}`, "Content-Type": "image/png" }, body: testPng(),
  });
  if (image.status !== 201) throw new Error(`POST /api/v1/media answered ${image.status}: ${await image.text()}`);
  const { id } = await image.json();
  await patch(api, `/api/v1/articles/${taggedSlug}`, { tags: ["syria"], featuredImageId: id });
}

async function patch(api, path, body) {
  const current = await fetch(`${api.origin}${path}`, { headers: { "Accept-Encoding": "identity" } });
  await send(api, "PATCH", path, body, { "If-Match": current.headers.get("etag") ?? "" });
}

async function send(api, method, path, body, headers = {}) {
  const response = await fetch(`${api.origin}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${api.key}`,
      "Content-Type": method === "PATCH" ? "application/merge-patch+json" : "application/json",
      ...headers,
    },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
}
