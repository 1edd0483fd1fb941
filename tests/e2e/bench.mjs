// `make bench`: prints speed figures for the widget (never asserts on them).
// - tap to next frame with the CPU slowed 4× (budget: under 16 ms), at a phone viewport;
// - Lighthouse mobile scores for the static page (budgets: performance ≥ 95,
//   accessibility 100, best practices 100).
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, launch, openWidget, phonePage, startServer } from "./support.mjs";
import { chromium } from "playwright-core";

const TAPS = ["lower_back_left", "neck", "calf_right", "sacrum", "hip_left", "mid_back_right"];
const ROUNDS = 5;

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const ms = (value) => `${value.toFixed(1)} ms`;

/**
 * Main-thread work per tap, from a Chromium performance trace: for each click, the time the
 * renderer's main thread spent busy (input handling, the wasm update, style, layout, paint)
 * from the click's dispatch to the commit of the frame that shows its result. Waiting for the
 * next vsync is not work, so it is not counted.
 */
async function tapWork(url) {
  const browser = await launch();
  const page = await phonePage(browser);
  const host = await openWidget(page, url);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });

  const events = [];
  cdp.on("Tracing.dataCollected", ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
  await cdp.send("Tracing.start", {
    traceConfig: { includedCategories: ["devtools.timeline", "toplevel", "disabled-by-default-devtools.timeline"] },
  });
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const id of TAPS) {
      await host.locator(`[data-region="${id}"]`).tap(); // opens the control
      await page.waitForTimeout(60);
      await host.locator(".step").last().tap(); // one step up: fill, number and reading change
      await page.waitForTimeout(60);
    }
  }
  await cdp.send("Tracing.end");
  await done;
  await browser.close();

  const main = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === "X");
  const commits = onMain.filter((e) => e.name === "Commit").map((e) => e.ts + e.dur).sort((a, b) => a - b);
  const clicks = onMain.filter((e) => e.name === "EventDispatch" && e.args?.data?.type === "click");
  // Busy time is the union of every traced interval on the main thread (events nest, so
  // summing them would count the same work twice).
  return clicks.map((click) => {
    const end = commits.find((ts) => ts > click.ts + click.dur);
    const spans = onMain
      .filter((e) => e.ts + e.dur > click.ts && e.ts < end)
      .map((e) => [Math.max(e.ts, click.ts), Math.min(e.ts + e.dur, end)])
      .sort((a, b) => a[0] - b[0]);
    let busy = 0;
    let reach = click.ts;
    for (const [from, to] of spans) {
      if (to > reach) {
        busy += to - Math.max(from, reach);
        reach = to;
      }
    }
    return busy / 1000;
  });
}

async function lighthouseScores(url) {
  const port = 9300 + Math.floor(Math.random() * 500);
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`],
  });
  try {
    const result = await lighthouse(url, {
      port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices"],
    });
    const { categories, audits } = result.lhr;
    return {
      scores: Object.fromEntries(
        Object.values(categories).map((c) => [c.title, Math.round(c.score * 100)]),
      ),
      metrics: ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"]
        .map((id) => `${audits[id].title}: ${audits[id].displayValue}`),
      failing: Object.values(categories)
        .flatMap((c) => c.auditRefs)
        .map((ref) => audits[ref.id])
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
        .map((a) => a.id),
    };
  } finally {
    await browser.close();
  }
}

const server = await startServer();
try {
  const work = await tapWork(server.url);
  // Taps alternate: open a region's control, then step its value up. The very first tap also
  // pays for the browser compiling the wasm paths it meets for the first time.
  const [first, ...warm] = work;
  const opens = warm.filter((_, i) => i % 2 === 1);
  const steps = warm.filter((_, i) => i % 2 === 0);
  const line = (label, values) =>
    console.log(
      `  ${label.padEnd(26)} median ${ms(quantile(values, 0.5))}, p95 ${ms(quantile(values, 0.95))}, worst ${ms(Math.max(...values))}`,
    );
  console.log(`\nMain-thread work from a tap to its repaint, CPU slowed 4×, 390×844 touch (${work.length} taps; budget under 16 ms):`);
  line("open a region's control", opens);
  line("step its value", steps);
  console.log(`  ${"first tap after load".padEnd(26)} ${ms(first)}`);

  const report = await lighthouseScores(server.url);
  console.log("\nLighthouse, mobile (simulated slow 4G and a 4× slower CPU):");
  for (const [title, score] of Object.entries(report.scores)) console.log(`  ${title}: ${score}`);
  for (const line of report.metrics) console.log(`  ${line}`);
  if (report.failing.length) console.log(`  failing audits: ${report.failing.join(", ")}`);
} finally {
  server.stop();
}
