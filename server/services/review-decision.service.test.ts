/**
 * Decisions on statements meet at row locks: a merge holds the statement it keeps, so a decision
 * taken on that statement at the same moment is seen, not overwritten. Only PostgreSQL has concurrent
 * transactions (PGlite runs one at a time), so this runs there.
 */
import { describe, expect, it } from "vitest";
import { TEST_DATABASES } from "../db/test-databases.ts";
import { useDatabase } from "../testing/use-database.ts";
import { AppError } from "../errors/app-error.ts";
import * as review from "../repositories/review.repository.ts";
import { importDocument } from "./document-import.service.ts";
import { decideStatement } from "./review-decision.service.ts";

const postgres = TEST_DATABASES.find((d) => d.name === "postgres");

describe.runIf(postgres)("a merge decided while the statement it keeps is being merged away", () => {
  const suite = useDatabase(postgres!);

  it("waits for that decision and is then refused, naming the statement to keep", async () => {
    const text = "某区科技创新行动方案（2024—2027年）\n\n一、主要目标\n到2027年，科技型企业达到6000家。\n到2027年，高新技术企业达到1200家。\n到2027年，研发投入强度达到3%。\n";
    await importDocument(suite.db, { fileName: "合并.txt", bytes: Buffer.from(text), code: "merge-race", reviewer: "规划处" });
    const [duplicate, kept, other] = await suite.db.selectFrom("statements").select("id").where("plan_code", "=", "merge-race").orderBy("position").execute();
    expect(other, "the plan has three statements").toBeDefined();

    let settled = false;
    let decision!: Promise<unknown>;
    await suite.db.transaction().execute(async (tx) => {
      // Another reviewer's transaction holds `kept` and merges it into `other`, not yet committed.
      await review.findStatement(tx, kept!.id, true);
      await review.updateStatement(tx, kept!.id, { state: "merged", merged_into: other!.id });
      decision = decideStatement(suite.db, duplicate!.id, { action: "merge", into: kept!.id }, "审核员").finally(() => (settled = true));
      decision.catch(() => {});
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(settled, "the merge waits for the statement it keeps").toBe(false);
    });
    const error = await decision.then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).field).toBe("into");
    const row = await review.findStatement(suite.db, duplicate!.id);
    expect(row!.state).not.toBe("merged");
  });
});
