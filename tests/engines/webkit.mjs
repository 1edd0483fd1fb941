// WebKit for the cross-engine suite: WebKitGTK's MiniBrowser driven by WebKitWebDriver, which
// speaks classic WebDriver over HTTP, under a private Xvfb display. A small client on fetch is
// all the suite needs (new session, navigate, execute script, actions, screenshot), so no
// Selenium. Classic WebDriver has no console API: the suite records errors with a script it
// runs in the page (see engines.mjs).
import { spawn, execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";

/** MiniBrowser as Debian's libwebkit2gtk-4.1-0 installs it (found with dpkg -L, not guessed). */
export function miniBrowserPath() {
  const files = execFileSync("dpkg", ["-L", "libwebkit2gtk-4.1-0"], { encoding: "utf8" }).split("\n");
  const binary = files.find((file) => file.endsWith("/MiniBrowser"));
  if (!binary || !existsSync(binary)) throw new Error("MiniBrowser not found in libwebkit2gtk-4.1-0 (run scripts/ensure-engines.sh)");
  return binary;
}

/** The WebKitGTK package version, for the suite's output and the README. */
export function webkitVersion() {
  return execFileSync("dpkg-query", ["-W", "-f=${Version}", "libwebkit2gtk-4.1-0"], { encoding: "utf8" });
}

/** A free TCP port on the loopback interface. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Resolves once `check()` is true, polling every 50 ms, or rejects after `ms` with `what`. */
async function until(check, ms, what) {
  const end = Date.now() + ms;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // Not up yet.
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Children still running, killed if the suite's process exits without closing them. */
const children = new Set();
process.on("exit", () => {
  for (const child of children) child.kill();
});

/** Spawns a child that the suite's exit kills if nothing else did. */
function spawnTracked(command, args, options) {
  const child = spawn(command, args, options);
  children.add(child);
  child.once("exit", () => children.delete(child));
  return child;
}

/**
 * Starts Xvfb on a display it picks itself (`-displayfd`: atomic, where probing lock files
 * races another suite starting at the same moment); resolves to { display, stop }.
 */
async function startXvfb() {
  const xvfb = spawnTracked("Xvfb", ["-displayfd", "3", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"], {
    stdio: ["ignore", "ignore", "ignore", "pipe"],
  });
  try {
    const number = await new Promise((resolve, reject) => {
      let out = "";
      const timer = setTimeout(() => reject(new Error("timed out waiting for Xvfb to pick a display")), 10_000);
      xvfb.stdio[3].on("data", (chunk) => {
        out += chunk;
        if (!out.includes("\n")) return;
        clearTimeout(timer);
        resolve(out.trim());
      });
      xvfb.once("error", (error) => (clearTimeout(timer), reject(error)));
      xvfb.once("exit", (code) => (clearTimeout(timer), reject(new Error(`Xvfb exited (${code}) before picking a display`))));
    });
    return { display: `:${number}`, stop: () => xvfb.kill() };
  } catch (error) {
    xvfb.kill();
    throw error;
  }
}

/**
 * Starts Xvfb, WebKitWebDriver and one MiniBrowser session. Resolves to a classic WebDriver
 * client: `call(method, path, body)` on the session, plus `close()` that ends all three.
 */
export async function startWebKit() {
  const xvfb = await startXvfb();
  let port;
  try {
    port = await freePort();
  } catch (error) {
    xvfb.stop();
    throw error;
  }
  const driver = spawnTracked("WebKitWebDriver", [`--port=${port}`], {
    env: { ...process.env, DISPLAY: xvfb.display, LANG: "en_GB.UTF-8" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let driverLog = "";
  driver.stderr.on("data", (chunk) => (driverLog = (driverLog + chunk).slice(-4000)));
  const base = `http://127.0.0.1:${port}`;
  const request = async (method, path, body) => {
    const response = await fetch(base + path, {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      // A driver that hangs fails the call, rather than the whole suite at its own timeout.
      signal: AbortSignal.timeout(method === "POST" && path.endsWith("/session") ? 60_000 : 30_000),
    });
    const { value } = await response.json();
    if (value?.error) throw new Error(`WebDriver ${method} ${path}: ${value.error}: ${value.message}`);
    return value;
  };
  try {
    await until(async () => (await request("GET", "/status")).ready, 10_000, "WebKitWebDriver");
    const session = await request("POST", "/session", {
      capabilities: {
        alwaysMatch: {
          browserName: "MiniBrowser",
          "webkitgtk:browserOptions": { binary: miniBrowserPath(), args: ["--automation"] },
        },
      },
    });
    const prefix = `/session/${session.sessionId}`;
    return {
      capabilities: session.capabilities,
      call: (method, path, body) => request(method, prefix + path, body),
      async close() {
        await request("DELETE", prefix).catch(() => {});
        driver.kill();
        xvfb.stop();
      },
    };
  } catch (error) {
    driver.kill();
    xvfb.stop();
    throw new Error(`${error.message}\n${driverLog}`);
  }
}
