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
  const tasks = onMain.filter((e) => e.name === "RunTask" || e.name === "ThreadControllerImpl::RunTask");
  const commits = onMain.filter((e) => e.name === "Commit").map((e) => e.ts + e.dur).sort((a, b) => a - b);
  const clicks = onMain.filter((e) => e.name === "EventDispatch" && e.args?.data?.type === "click");
  return clicks.map((click) => {
    const end = commits.find((ts) => ts > click.ts + click.dur);
    const busy = tasks
      .filter((t) => t.ts + t.dur > click.ts && t.ts < end)
      .reduce((sum, t) => sum + Math.min(t.ts + t.dur, end) - Math.max(t.ts, click.ts), 0);
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
  const frames = await tapWork(server.url);
  console.log(`\nMain-thread work from a tap to its repaint, CPU slowed 4×, 390×844 touch (${frames.length} taps):`);
  console.log(
    `  median ${ms(quantile(frames, 0.5))}, p95 ${ms(quantile(frames, 0.95))}, ` +
      `worst ${ms(Math.max(...frames))} (budget: under 16 ms)`,
  );

  const report = await lighthouseScores(server.url);
  console.log("\nLighthouse, mobile (simulated slow 4G and a 4× slower CPU):");
  for (const [title, score] of Object.entries(report.scores)) console.log(`  ${title}: ${score}`);
  for (const line of report.metrics) console.log(`  ${line}`);
  if (report.failing.length) console.log(`  failing audits: ${report.failing.join(", ")}`);
} finally {
  server.stop();
}
