/** Accounts, roles, scopes and the policy that answers who may do what (pure, shared by server, CLI and web). */
export { Role, Scope, ROLE_NAMES, SCOPED_ROLES, type Actor } from "./roles.ts";
export { PlaceTree, type Membership, type PlaceLink } from "../places/place-tree.ts";
export { decide, inScope, may, type Action, type Decision, type Resource } from "./policy.ts";
