// Fails when src/schema.d.ts is not what `npm run generate` makes from ../../openapi.json today,
// or when the client does not compile under tsc --strict.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const fresh = join(mkdtempSync(join(tmpdir(), "contentapi-client-")), "schema.d.ts");
execFileSync("npx", ["openapi-typescript", "../../openapi.json", "--output", fresh], { stdio: "inherit" });
if (readFileSync(fresh, "utf8") !== readFileSync("src/schema.d.ts", "utf8")) {
  console.error("src/schema.d.ts is stale: openapi.json changed. Run `npm run generate` in clients/typescript and commit it.");
  process.exit(1);
}
execFileSync("npx", ["tsc", "--project", "tsconfig.json", "--strict"], { stdio: "inherit" });
console.log("client: schema.d.ts matches openapi.json and compiles under tsc --strict");
