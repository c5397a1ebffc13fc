// Drives the web player in headless Chromium (Ace's puppeteer) and prints what a user would see, as JSON.
// usage: node player_check.cjs PAGE AXE_JS SENTENCE_ID:MS...
"use strict";
const path = require("path");
const puppeteer = require(path.join(process.env.ACE_MODULES, "puppeteer"));

async function main() {
  const [page_path, axe_path, ...seeks] = process.argv.slice(2);
  const browser = await puppeteer.launch({
    executablePath: process.env.PUPPETEER_EXECUTABLE_PATH || "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--autoplay-policy=no-user-gesture-required", "--mute-audio"],
  });
  const result = { seeks: [], errors: [] };
  try {
    const page = await browser.newPage();
    page.on("pageerror", (e) => result.errors.push(String(e)));
    let checking = false;  // axe fetches stylesheets itself, which file:// refuses: not the page's failures
    page.on("requestfailed", (r) => {
      const why = r.failure() && r.failure().errorText;
      if (!checking && !(why === "net::ERR_ABORTED" && r.resourceType() === "media")) { result.errors.push(`failed: ${r.url()} ${why}`); }
    });
    await page.goto("file://" + path.resolve(page_path), { waitUntil: "load" });
    await page.waitForFunction(() => document.getElementById("audio").readyState >= 1, { timeout: 30000 });
    for (const seek of seeks) {
      const [id, ms] = seek.split(":");
      const active = await page.evaluate(async (ms) => {
        const audio = document.getElementById("audio");
        const seeked = new Promise((resolve) => audio.addEventListener("seeked", resolve, { once: true }));
        audio.currentTime = Number(ms) / 1000;
        await seeked;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        return Array.from(document.querySelectorAll(".mo-active")).map((e) => e.id);
      }, ms);
      result.seeks.push({ id, ms: Number(ms), active });
    }
    // the keyboard: L goes to the next quoted document or note, J back, K plays
    await page.evaluate(() => { document.getElementById("audio").currentTime = 0; });
    await page.keyboard.press("l");
    await page.waitForFunction(() => document.getElementById("status").textContent !== "", { timeout: 10000 });
    result.after_next = await page.evaluate(() => ({
      status: document.getElementById("status").textContent,
      time_ms: Math.round(document.getElementById("audio").currentTime * 1000),
    }));
    await page.keyboard.press("k");
    await page.waitForFunction(() => document.getElementById("play").textContent === "Pause", { timeout: 10000 });
    result.playing = await page.evaluate(() => document.getElementById("play").textContent);
    await page.keyboard.press("k");
    await page.select("#speed", "1.5");
    result.rate = await page.evaluate(() => document.getElementById("audio").playbackRate);
    checking = true;
    await page.addScriptTag({ path: axe_path });
    result.axe = await page.evaluate(async () => {
      const found = await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } });
      return found.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
    });
  } finally {
    await browser.close();
  }
  process.stdout.write(JSON.stringify(result));
}

main().catch((e) => { process.stderr.write(String(e && e.stack || e)); process.exit(1); });
