// The generated site in a real browser: Debian's /usr/bin/chromium (or $CHROMIUM), driven by
// playwright-core (which downloads no browser), pages opened from file:// (the site must work
// from any folder). Usage: node site.test.mjs SITE_DIR ARTIFACTS_DIR
// Exits non-zero with the failed check on stderr.
import { chromium } from "playwright-core";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import path from "node:path";
import fs from "node:fs";

const require = createRequire(import.meta.url);
const [site, artifacts] = process.argv.slice(2).map((p) => path.resolve(p));
fs.mkdirSync(artifacts, { recursive: true });
const SEED = "how-to-assign-a-license-to-a-user";
const CODE_DOC = "auto-replies-set-for-a-users-mailbox";
const url = (rel) => pathToFileURL(path.join(site, rel)).href;
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

function check(ok, what) {
  if (!ok) throw new Error("FAILED: " + what);
  console.log("ok - " + what);
}

async function axe(page, name) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => await window.axe.run(document));
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  for (const v of bad) console.error(name, v.id, v.impact, v.help, v.nodes.slice(0, 3).map((n) => n.target.join(" ")));
  check(bad.length === 0, `axe-core: no serious or critical violation on ${name}`);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--allow-file-access-from-files"],
});
try {
  const context = await browser.newContext({ locale: "nb-NO", viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("request", (r) => { if (!r.url().startsWith("file:") && !r.url().startsWith("data:")) errors.push("request outside the site: " + r.url()); });

  // The root page picks Norwegian for a reader whose browser says nb-NO.
  await page.goto(url("index.html"));
  await page.waitForURL(/nb-NO\/index\.html$/);
  check(true, "the root page negotiates navigator.languages (nb-NO) to nb-NO/index.html");

  // The seed in nb-NO: steps as a checklist, MT banner.
  await page.goto(url(`nb-NO/${SEED}.html`));
  const boxes = page.locator("main ol > li > input[type=checkbox]");
  check((await boxes.count()) === 4, "the nb-NO seed shows its 4 steps with a check box each");
  const banner = page.locator(".banner");
  check(await banner.isVisible(), "the MT banner is shown");
  check((await banner.innerText()).includes("maskinoversatt"), "the banner is in Norwegian");
  check((await banner.locator("a").getAttribute("href")).includes(`en-US/${SEED}.html`), "the banner links to the English page");
  await boxes.nth(1).check();
  await page.reload();
  check(await page.locator("main ol > li > input[type=checkbox]").nth(1).isChecked(), "a checked step is kept (localStorage) across a reload");
  await axe(page, "nb-NO seed");
  await page.screenshot({ path: path.join(artifacts, "nb-NO-seed.png"), fullPage: true });

  // English on demand: focusing a sentence shows its English.
  await page.focus("#s4");
  const tip = page.locator("#tg-tip");
  check(await tip.isVisible(), "focusing a sentence shows a tooltip");
  check((await tip.innerText()).includes("Select the row of the user"), "the tooltip holds the sentence's English");
  check((await page.locator("#s4").getAttribute("aria-describedby")) === "e4", "the English is the sentence's accessible description");
  await page.keyboard.press("Escape");
  await page.click(".toggle-en");
  check((await page.locator("#s4").innerText()).startsWith("Select the row"), "the whole page switches to English");
  await page.click(".toggle-en");
  check((await page.locator("#s4").innerText()).startsWith("Velg raden"), "and back to Norwegian");

  // The picker: to en-US and back to the same article.
  await page.click(".picker summary");
  await page.click('.picker a[hreflang="en-US"]');
  await page.waitForURL(new RegExp(`en-US/${SEED}\\.html$`));
  check((await page.locator("html").getAttribute("lang")) === "en-US", "the picker switches to the en-US article");
  await page.click(".picker summary");
  await page.click('.picker a[hreflang="nb-NO"]');
  await page.waitForURL(new RegExp(`nb-NO/${SEED}\\.html$`));
  check(true, "and back to the same article in nb-NO");

  // he-IL: right to left, code left to right.
  await page.goto(url(`he-IL/${SEED}.html`));
  check((await page.evaluate(() => getComputedStyle(document.body).direction)) === "rtl", "the he-IL seed runs right to left");
  await axe(page, "he-IL seed");
  await page.screenshot({ path: path.join(artifacts, "he-IL-seed.png"), fullPage: true });
  await page.goto(url(`he-IL/${CODE_DOC}.html`));
  check((await page.evaluate(() => getComputedStyle(document.body).direction)) === "rtl", "a he-IL page with code runs right to left");
  const codeDir = await page.evaluate(() => Array.from(document.querySelectorAll("main pre, main code")).map((e) => getComputedStyle(e).direction));
  check(codeDir.length > 0 && codeDir.every((d) => d === "ltr"), `its code runs left to right (${codeDir.length} elements)`);
  await page.screenshot({ path: path.join(artifacts, "he-IL-code.png"), fullPage: true });

  // Search, offline: a Norwegian word, a Chinese one (no spaces between words).
  await page.goto(url("nb-NO/search.html") + "?q=lisensene");
  const nbHits = await page.locator(".results a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  check(nbHits.some((h) => h.endsWith(`${SEED}.html`)), `search finds the seed by a Norwegian word (${nbHits.length} results)`);
  // "N artikler passer." in the plural category Intl.PluralRules gives N (one: "1 artikkel passer.").
  const nbStatus = (await page.locator(".search-status").textContent()).trim();
  const m = nbStatus.match(/^([\d\u00a0\u202f ]+) (artikkel|artikler) passer\.$/);
  const n = m ? Number(m[1].replace(/[^\d]/g, "")) : NaN;
  check(m !== null && (n === 1) === (m[2] === "artikkel") && n >= nbHits.length, `the count is a plural in nb-NO ("${nbStatus}")`);
  await axe(page, "nb-NO search");
  await page.goto(url("zh-CN/search.html") + "?q=" + encodeURIComponent("取消分配"));
  const zhHits = await page.locator(".results a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  check(zhHits.some((h) => h.endsWith(`${SEED}.html`)), `search finds the seed by a Chinese word (${zhHits.length} results)`);
  await page.click(".results a >> nth=0");
  check(page.url().includes("/zh-CN/"), "a result opens the zh-CN article");
  await page.goto(url("nb-NO/index.html"));
  await axe(page, "nb-NO index");

  check(errors.length === 0, "no script error and no request outside the site: " + errors.join("; "));
} finally {
  await browser.close();
}
