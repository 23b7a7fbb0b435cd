// A photograph stand-in made here (no binary in the repository): a 1200 x 675 PNG in two colours,
// uploaded through the API and set as the tagged article's featured image.
import { deflateSync } from "node:zlib";
import assert from "node:assert/strict";

export function testPng(width = 1200, height = 675) {
  const row = Buffer.alloc(1 + width * 3);
  const rows = [];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) row.set(x < width / 2 ? [40, 90, 160] : [200, 150, 60], 1 + x * 3);
    rows.push(Buffer.from(row));
  }
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows))), chunk("IEND", Buffer.alloc(0))]);
}

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

/** The featured image on the article page: one <img> with srcset, sizes, dimensions, alt and a placeholder colour, loaded by the browser. */
export async function featuredImageShown(page, slug) {
  await page.goto(`/?article=${slug}`);
  const img = page.locator("main figure.picture img").first();
  await img.waitFor();
  assert.equal(await img.getAttribute("alt"), "Two colour fields standing in for a photograph");
  assert.match(await img.getAttribute("srcset") ?? "", /fmt=webp.* \d+w/);
  assert.ok(await img.getAttribute("sizes"));
  assert.equal(await img.getAttribute("width"), "1200");
  assert.equal(await img.getAttribute("height"), "675");
  assert.match(await img.getAttribute("style") ?? "", /background-color: #[0-9a-f]{6}/i);
  await page.waitForFunction((el) => el.complete && el.naturalWidth > 0, await img.elementHandle());
  assert.match(await page.locator("main figure.picture figcaption").textContent(), /Photo: ContentApi tests/);
}
