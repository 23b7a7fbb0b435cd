// Swagger UI as a front-end developer meets it: open /swagger, "Authorize" with a key, try the
// POST /api/v1/tags example (the seed has no tags; the tag routes' examples name the tag it makes),
// then for every GET operation "Try it out" and "Execute" with nothing edited; each must show a 2xx.
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
