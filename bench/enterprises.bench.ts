/**
 * Rule packs at registry scale: 500,000 enterprise-years (the generated 示例数据 registry's figures,
 * repeated) assessed on the 科技型中小企业 pack (one year each) and on the 高新技术企业 self-check
 * (each year with the two before it), single-threaded; prints the rate of each and of both.
 * Usage: npm run bench -- enterprises
 */
import { assessHighTech, assessTechSme } from "../core/enterprises/index.ts";
import { generateDemoRegistry, type DemoPlace } from "../core/enterprises/demo-registry.ts";
import { mb, measured, perSecond } from "./support/measure.ts";

const ENTERPRISE_YEARS = 500_000;
const places: DemoPlace[] = Array.from({ length: 38 }, (_, i) => ({ code: String(500101 + i), nameZh: `区县${i + 1}`, kind: i < 26 ? "district" : "county", zones: [] }));
const registry = generateDemoRegistry(places, { total: 20_000 });
const years = registry.flatMap((e) => e.years.map((_, i) => ({ years: e.years.slice(Math.max(0, i - 2), i + 1), registeredOn: e.registeredOn })));
const windows = Array.from({ length: ENTERPRISE_YEARS }, (_, i) => years[i % years.length]!);

const sme = await measured(() => {
  let pass = 0;
  for (const w of windows) if (assessTechSme({ year: w.years[w.years.length - 1]! }).verdict === "pass") pass++;
  return pass;
});
const high = await measured(() => {
  let open = 0;
  for (const w of windows) if (assessHighTech({ years: w.years, registeredOn: w.registeredOn, assessedOn: "2026-06-30" }).computedVerdict === "pass") open++;
  return open;
});
const both = sme.seconds + high.seconds;
console.log(`enterprise-years assessed: ${ENTERPRISE_YEARS.toLocaleString("en-US")} (from ${registry.length.toLocaleString("en-US")} generated enterprises)`);
console.log(`科技型中小企业 (tech-sme):   ${sme.seconds.toFixed(2)} s, ${perSecond(ENTERPRISE_YEARS, sme.seconds)}/s, ${sme.result.toLocaleString("en-US")} qualify, peak RSS ${mb(sme.rssPeak)} MB`);
console.log(`高新技术企业 (high-tech):    ${high.seconds.toFixed(2)} s, ${perSecond(ENTERPRISE_YEARS, high.seconds)}/s, ${high.result.toLocaleString("en-US")} pass the computed conditions, peak RSS ${mb(high.rssPeak)} MB`);
console.log(`both packs:                  ${both.toFixed(2)} s, ${perSecond(ENTERPRISE_YEARS, both)} enterprise-years/s on both`);
