/** The policy as a table: every role against every action, inside and outside its scopes. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PlaceTree } from "../places/place-tree.ts";
import { decide, type Action } from "./policy.ts";
import type { Actor, Role } from "./roles.ts";

const places = new PlaceTree(
  [
    { code: "500000", parentCode: null },
    { code: "500106", parentCode: "500000" }, // 沙坪坝区
    { code: "500107", parentCode: "500000" }, // 九龙坡区
    { code: "cq-science-city", parentCode: "500000" },
    { code: "shapingba-park", parentCode: "500106" },
    { code: "cq-science-city-core", parentCode: "cq-science-city" },
  ],
);

const actor = (role: Role, scopes: Actor["scopes"] = []): Actor => ({ id: 1, username: role, displayName: role, role, scopes });
const shapingba = [{ kind: "place" as const, code: "500106" }];

type Row = [who: Actor | null, action: Action, resource: { placeCode?: string; bodyCode?: string }, expected: string];

const TABLE: Row[] = [
  [null, "read_public", {}, "allowed"],
  [null, "read_internal", {}, "signed_out"],
  [null, "value_report", { placeCode: "500106" }, "signed_out"],
  [null, "account_self", {}, "signed_out"],
  [actor("leader"), "read_internal", {}, "allowed"],
  [actor("leader"), "value_report", { placeCode: "500106" }, "forbidden"],
  [actor("leader"), "value_review", { placeCode: "500106" }, "forbidden"],
  [actor("leader"), "plan_manage", {}, "forbidden"],
  [actor("leader"), "account_self", {}, "allowed"],
  [actor("reporter", shapingba), "value_report", { placeCode: "500106" }, "allowed"],
  [actor("reporter", shapingba), "value_report", { placeCode: "shapingba-park" }, "allowed"],
  [actor("reporter", shapingba), "value_report", { placeCode: "500107" }, "out_of_scope"],
  [actor("reporter", shapingba), "value_report", { placeCode: "500000" }, "out_of_scope"],
  [actor("reporter", shapingba), "value_review", { placeCode: "500106" }, "forbidden"],
  [actor("reporter", shapingba), "round_manage", {}, "forbidden"],
  // A zone's member districts lie in it only in part: its reporter does not report for the districts.
  [actor("reporter", [{ kind: "place", code: "cq-science-city" }]), "value_report", { placeCode: "500106" }, "out_of_scope"],
  [actor("reporter", [{ kind: "place", code: "cq-science-city" }]), "value_report", { placeCode: "cq-science-city-core" }, "allowed"],
  [actor("reporter", [{ kind: "body", code: "cq-stats" }]), "value_report", { placeCode: "500000", bodyCode: "cq-stats" }, "allowed"],
  [actor("reporter", [{ kind: "body", code: "cq-stats" }]), "value_report", { placeCode: "500000" }, "out_of_scope"],
  [actor("reporter", shapingba), "value_report", {}, "allowed"],
  [actor("reviewer", shapingba), "value_review", {}, "allowed"],
  [actor("reviewer", shapingba), "value_review", { placeCode: "500106" }, "allowed"],
  [actor("reviewer", shapingba), "value_review", { placeCode: "500107" }, "out_of_scope"],
  [actor("reviewer", shapingba), "value_report", { placeCode: "500106" }, "forbidden"],
  [actor("plan_office"), "value_review", { placeCode: "500107" }, "allowed"],
  [actor("plan_office"), "round_manage", {}, "allowed"],
  [actor("plan_office"), "value_enter", {}, "allowed"],
  [actor("plan_office"), "account_manage", {}, "forbidden"],
  [actor("administrator"), "account_manage", {}, "allowed"],
  [actor("administrator"), "plan_manage", {}, "allowed"],
];

describe("who may do what", () => {
  it.each(TABLE)("%# %o %s %o → %s", (who, action, resource, expected) => {
    const decision = decide(who, action, resource, places);
    expect(decision.allowed ? "allowed" : decision.reason).toBe(expected);
  });

  it("never lets the public or a leader write, whatever the resource", () => {
    const writes: Action[] = ["plan_manage", "round_manage", "value_enter", "value_report", "value_review", "index_manage", "account_manage"];
    fc.assert(
      fc.property(fc.constantFrom(null, actor("leader")), fc.constantFrom(...writes), fc.string(), (who, action, placeCode) => {
        expect(decide(who, action, { placeCode }, places).allowed).toBe(false);
      }),
    );
  });

  it("lets a scoped reporter act exactly where a scope contains the place", () => {
    const codes = ["500000", "500106", "500107", "cq-science-city", "shapingba-park", "cq-science-city-core"];
    fc.assert(
      fc.property(fc.constantFrom(...codes), fc.constantFrom(...codes), (scope, place) => {
        const allowed = decide(actor("reporter", [{ kind: "place", code: scope }]), "value_report", { placeCode: place }, places).allowed;
        expect(allowed).toBe(places.within(place, scope));
      }),
    );
  });
});

describe("the place tree", () => {
  it("puts a place under its parent chain", () => {
    expect([...places.ancestors("shapingba-park")].sort()).toEqual(["500000", "500106"]);
    expect(places.within("500107", "cq-science-city")).toBe(false);
    expect(places.children("500000").sort()).toEqual(["500106", "500107", "cq-science-city"]);
  });

  it("also follows group memberships when given them", () => {
    const grouped = new PlaceTree([{ code: "500000", parentCode: null }, { code: "500106", parentCode: "500000" }, { code: "zone", parentCode: null }], [{ groupCode: "zone", memberCode: "500106" }]);
    expect(grouped.within("500106", "zone")).toBe(true);
  });

  it("survives a cycle in the data", () => {
    const cyclic = new PlaceTree([{ code: "a", parentCode: "b" }, { code: "b", parentCode: "a" }]);
    expect([...cyclic.ancestors("a")]).toEqual(["b"]);
  });
});
