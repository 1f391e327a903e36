// The browser-safe entry must never reach the CSV reader: walks its static imports.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { AggregationMethod, Normalisation, PipelineSpec, UncertainInputs } from "./schemas.ts";

const here = dirname(fileURLToPath(import.meta.url));

function importGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/^(?:import|export)\s[^;]*?from\s+"([^"]+)"/gms)) {
      const spec = m[1]!;
      if (spec.startsWith(".")) visit(resolve(dirname(file), spec));
      else packages.add(spec);
    }
  };
  visit(resolve(here, entry));
  return { files, packages };
}

describe("core/indices/schemas.ts", () => {
  it("imports neither csv.ts nor csv-parse, and nothing beyond zod", () => {
    const { files, packages } = importGraph("schemas.ts");
    expect([...files].some((f) => f.endsWith("csv.ts"))).toBe(false);
    expect([...packages]).toEqual(["zod"]);
  });

  it("the contract reaches the engine only through it", () => {
    const { files } = importGraph("../../contract/indices.ts");
    const engine = [...files].filter((f) => f.includes("/core/indices/")).map((f) => f.slice(f.indexOf("/core/indices/") + 14));
    expect(engine).toContain("schemas.ts");
    expect(engine).not.toContain("csv.ts");
    expect(engine).not.toContain("index.ts");
  });

  it("exports working schemas", () => {
    expect(PipelineSpec.parse({}).normalise.method).toBe("minmax");
    expect(Normalisation.parse({ method: "zscore" }).method).toBe("zscore");
    expect(AggregationMethod.parse("geometric")).toBe("geometric");
    expect(UncertainInputs.parse({ aggregate: ["arithmetic"] }).aggregate).toEqual(["arithmetic"]);
  });
});
