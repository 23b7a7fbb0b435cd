// Swagger UI as a front-end developer meets it: open /swagger, "Authorize" with a key, try the
// POST /api/v1/tags example (the seed has no tags; the tag routes' examples name the tag it makes),
// then for every GET operation "Try it out" and "Execute" with nothing edited; each must show a 2xx.
// What the seed cannot hold and Swagger UI cannot make with nothing edited (an image needs a file; a
// webhook a receiver) is made first through the API, as a tester would: image 1 and subscription 1,
// which the routes' examples name. The app must run with Webhooks__AllowPrivateNetworks=true.
// Usage: node swagger-ui-check.mjs http://127.0.0.1:5102 <write key>   (screenshots: tools/screenshots/)
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const [base, key] = process.argv.slice(2);
if (!base || !key) {
  console.error('usage: node swagger-ui-check.mjs BASE_URL WRITE_KEY');
  process.exit(2);
}
const shots = new URL('./screenshots/', import.meta.url).pathname;
mkdirSync(shots, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const failures = [];
try {
  await page.goto(`${base}/swagger`);
  await page.locator('.opblock').first().waitFor();

  await page.getByRole('button', { name: 'Authorize' }).first().click();
  await page.locator('.modal-ux input[type=text]').first().fill(key);
  await page.locator('.modal-ux button.authorize').first().click();
  await page.locator('.modal-ux button.btn-done').first().click();

  await prepare();
  const createTag = page.locator('.opblock-post').filter({ hasText: 'CreateTag' });
  const tagStatus = await tryIt(createTag);
  console.log(`POST /api/v1/tags (CreateTag, example body, after Authorize): ${tagStatus}`);
  if (tagStatus !== '201') failures.push(`CreateTag answered ${tagStatus}`);

  const gets = page.locator('.opblock-get');
  const count = await gets.count();
  for (let i = 0; i < count; i++) {
    const operation = gets.nth(i);
    const path = (await operation.locator('.opblock-summary-path').first().innerText()).trim();
    const status = await tryIt(operation);
    const ok = /^2\d\d$/.test(status);
    console.log(`GET ${path}: ${status}${ok ? '' : '  <-- not 2xx'}`);
    if (!ok) failures.push(`GET ${path} answered ${status}`);
  }
  await page.screenshot({ path: `${shots}swagger-ui.png`, fullPage: false });
  console.log(`${count} GET operations executed in Swagger UI, ${count - failures.length} answered 2xx.`);
} catch (error) {
  failures.push(String(error));
  await page.screenshot({ path: `${shots}swagger-ui-failure.png` }).catch(() => {});
} finally {
  await browser.close();
}
if (failures.length > 0) {
  console.error(`Swagger UI check failed:\n${failures.join('\n')}`);
  process.exit(1);
}

// Expands an operation, clicks "Try it out" then "Execute" with nothing edited, and reads the status shown.
async function tryIt(operation) {
  await operation.locator('.opblock-summary').first().click();
  await operation.locator('button.try-out__btn').click();
  await operation.locator('button.execute').click();
  const status = operation.locator('.live-responses-table tbody .response-col_status').first();
  await status.waitFor({ timeout: 15000 });
  const text = (await status.innerText()).trim().split(/\s/)[0];
  await operation.locator('.opblock-summary').first().click();
  return text;
}

// A 1 x 1 PNG for image 1, and a subscription to a loopback port nothing answers on (its deliveries fail and are retried).
async function prepare() {
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
  const headers = { Authorization: `Bearer ${key}` };
  const image = await fetch(`${base}/api/v1/media?alt=A%20test%20pixel`, { method: 'POST', headers: { ...headers, 'Content-Type': 'image/png' }, body: png });
  const hook = await fetch(`${base}/api/v1/webhooks`, {
    method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' },
    body: JSON.stringify({ url: 'http://127.0.0.1:9/swagger-check', events: ['*'] }),
  });
  console.log(`prepared through the API: image ${image.status}, webhook subscription ${hook.status}`);
  if (image.status !== 201 || hook.status !== 201) failures.push(`preparing answered ${image.status} (image), ${hook.status} (webhook): ${await image.text()} ${await hook.text()}`);
}
