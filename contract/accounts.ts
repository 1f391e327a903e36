/** Request and response shapes of sign-in, sessions, accounts (账号) and the audit log (操作记录). */
import { z } from "zod";
import { PageQuery } from "./pagination.ts";
import { Role, Scope } from "../core/access/roles.ts";

/** No control characters (a NUL in a name or note is refused, never stored). */
const CONTROL = /[\u0000-\u001f\u007f]/;
const plainText = (max: number) => z.string().max(max).refine((s) => !CONTROL.test(s), { message: "must not contain control characters" });

/** An account name: 2–64 characters, no spaces or control characters (Chinese is fine). */
export const Username = z
  .string()
  .trim()
  .min(2)
  .max(64)
  .refine((s) => !/[\s\u0000-\u001f\u007f]/.test(s), { message: "must not contain spaces or control characters" });

/** At least 10 characters and not one character repeated. */
export const Password = z
  .string()
  .min(10)
  .max(200)
  .refine((s) => new Set(s).size > 2, { message: "is too simple" });

export const LoginRequest = z.object({ username: z.string().min(1).max(64), password: z.string().min(1).max(200) });
export type LoginRequest = z.infer<typeof LoginRequest>;

export const UserResponse = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: Role,
  scopes: z.array(Scope),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  createdBy: z.string(),
  createdAt: z.string(),
});
export type UserResponse = z.infer<typeof UserResponse>;

/** The session as the web app sees it; `csrfToken` goes back in the X-CSRF-Token header of every write. */
export const SessionResponse = z.object({
  user: UserResponse.nullable(),
  csrfToken: z.string().nullable(),
});
export type SessionResponse = z.infer<typeof SessionResponse>;

export const ChangePasswordRequest = z.object({ currentPassword: z.string().min(1).max(200), newPassword: Password });
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequest>;

export const CreateUserRequest = z.object({
  username: Username,
  displayName: plainText(64).optional(),
  role: Role,
  scopes: z.array(Scope).max(100).default([]),
  password: Password,
  /** The person must choose a new password at first sign-in (default for accounts made by an administrator). */
  mustChangePassword: z.boolean().default(true),
});
export type CreateUserRequest = z.infer<typeof CreateUserRequest>;

export const UpdateUserRequest = z.object({
  displayName: plainText(64).optional(),
  role: Role.optional(),
  scopes: z.array(Scope).max(100).optional(),
  active: z.boolean().optional(),
  /** A new temporary password; the person must change it at next sign-in. */
  password: Password.optional(),
  reason: plainText(500).optional(),
});
export type UpdateUserRequest = z.infer<typeof UpdateUserRequest>;

/** One entry of the audit log: who changed what, when, from what to what, and why. */
export const AuditEntry = z.object({
  id: z.number().int(),
  entity: z.string(),
  entityId: z.string(),
  action: z.string(),
  actor: z.string(),
  at: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  reason: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditQuery = z.object({
  entity: z.enum(["value", "submission", "target", "plan", "statement", "account", "round", "import", "task", "enterprise"]).optional(),
  entityId: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  /** Entries older than this id (paging backwards). */
  before: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
  /** Where the page starts: the X-Next-Cursor of the previous page (contract/pagination.ts). */
  cursor: PageQuery.shape.cursor,
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export { plainText };
