// Fails when the committed wwwroot/app.js is not what `npm run build` makes from src/ today,
// or when the front end does not type-check under tsc --strict.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const committed = "../../src/ContentApi/wwwroot/app.js";
const fresh = join(mkdtempSync(join(tmpdir(), "contentapi-web-")), "app.js");
const build = JSON.parse(readFileSync("package.json", "utf8")).scripts.build.split(" ").slice(1)
  .map((arg) => (arg.startsWith("--outfile=") ? `--outfile=${fresh}` : arg));
execFileSync("npx", ["esbuild", ...build], { stdio: "inherit" });
if (readFileSync(fresh, "utf8") !== readFileSync(committed, "utf8")) {
  console.error("src/ContentApi/wwwroot/app.js is stale: run `npm run build` in clients/web and commit it.");
  process.exit(1);
}
execFileSync("npx", ["tsc", "--project", "tsconfig.json"], { stdio: "inherit" });
console.log("web: wwwroot/app.js matches src/ and type-checks under tsc --strict");
