// The API under test (dotnet run on a loopback port, a temp SQLite database, a bootstrap write key)
// and a tiny static server on a second origin for the cross-origin check.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";

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

/** Serves one HTML page on another loopback port: a second origin for the CORS check. */
export async function startSecondOrigin(port) {
  const server = createServer((_, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end("<!doctype html><title>Another origin</title><h1>A page on another origin</h1>");
  });
  await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { origin: `http://127.0.0.1:${port}`, stop: () => new Promise((resolve) => server.close(resolve)) };
}
