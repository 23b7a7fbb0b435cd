// The API under test (dotnet run on a loopback port, a temp SQLite database, a bootstrap write key)
// and a tiny static server on a second origin for the cross-origin check.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";

export async function startApi(repoRoot, port) {
  const dataDir = mkdtempSync(join(tmpdir(), "contentapi-e2e-"));
  const key = randomBytes(32).toString("hex");
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn("dotnet", ["run", "--no-build", "--project", "src/ContentApi", "--", "--urls", origin], {
    cwd: repoRoot,
    env: {
      ...process.env,
      ConnectionStrings__Content: `Data Source=${join(dataDir, "content.db")}`,
      Auth__BootstrapWriteKey: key,
      DOTNET_NOLOGO: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout.on("data", (chunk) => (log += chunk));
  child.stderr.on("data", (chunk) => (log += chunk));
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`${origin}/health/ready`)).ok) return { origin, key, stop };
    } catch { /* not listening yet */ }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error(`the API did not become ready on ${origin}; its output:\n${log}`);
}

/**
 * A second origin for the CORS checks, on another loopback port: the front end's own files, with
 * index.html pointed at the API's origin, as a front-end developer's dev server would serve them.
 */
export async function startSecondOrigin(repoRoot, port, apiOrigin) {
  const root = join(repoRoot, "src", "ContentApi", "wwwroot");
  const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css" };
  const server = createServer((request, response) => {
    const path = new URL(request.url, "http://localhost").pathname;
    const file = path === "/" ? "index.html" : path.slice(1);
    if (!/^[a-z]+\.(html|js|css)$/.test(file)) {
      response.writeHead(404).end();
      return;
    }
    let body = readFileSync(join(root, file), "utf8");
    if (file === "index.html") {
      body = body.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n  <meta name="contentapi-base" content="${apiOrigin}">`);
    }
    response.writeHead(200, { "Content-Type": types[extname(file)] });
    response.end(body);
  });
  await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { origin: `http://127.0.0.1:${port}`, stop: () => new Promise((resolve) => server.close(resolve)) };
}
