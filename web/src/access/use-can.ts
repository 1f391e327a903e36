/**
 * What the signed-in person may do, asked of the same policy the server enforces (core/access):
 * the web app hides or disables what the API would refuse. Scoped decisions use the place tree
 * built from the catalogue's places, as the server does.
 */
import { useMemo } from "react";
import type { UserResponse } from "../../../contract/accounts.ts";
import { decide, PlaceTree, type Action, type Actor, type Decision, type Resource } from "../../../core/access/index.ts";
import { usePlaces } from "../api/catalogue.api.ts";
import { useCurrentUser } from "../api/session.api.ts";

/** The policy's view of a signed-in account (null for the public). */
export function actorOf(user: UserResponse | null): Actor | null {
  return user ? { id: user.id, username: user.username, displayName: user.displayName, role: user.role, scopes: user.scopes } : null;
}

/** The place hierarchy from the catalogue (parents and groupings), for scoped decisions. */
function usePlaceTree(needed: boolean): PlaceTree | undefined {
  const places = usePlaces(needed);
  const data = needed ? places.data : undefined;
  return useMemo(
    () => data && new PlaceTree(data.map((p) => ({ code: p.code, parentCode: p.parentCode })), data.flatMap((p) => p.memberOf.map((group) => ({ groupCode: group, memberCode: p.code })))),
    [data],
  );
}

/** The policy's decision for the current person, or undefined while the session is still being read. */
export function useDecision(action: Action, resource?: Resource): Decision | undefined {
  const user = useCurrentUser();
  const tree = usePlaceTree(resource?.placeCode !== undefined);
  if (user === undefined) return undefined;
  return decide(actorOf(user), action, resource, tree);
}

/** Whether the current person may take `action` (on `resource`); false while the session is being read. */
export function useCan(action: Action, resource?: Resource): boolean {
  return useDecision(action, resource)?.allowed ?? false;
}
