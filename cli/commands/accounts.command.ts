/**
 * `kechuang users add | list | set` and `kechuang audit`: accounts from the command line, which acts on
 * the local database with administrator rights and records who did it with --by. Passwords are read
 * from standard input (--password-stdin), never from the command line.
 */
import type { Command } from "commander";
import { Role, type Scope } from "../../core/access/index.ts";
import { AuditQuery, CreateUserRequest, UpdateUserRequest } from "../../contract/accounts.ts";
import type { Db } from "../../server/db/connect.ts";
import { invalidField, notFound } from "../../server/errors/app-error.ts";
import { validationError } from "../../server/errors/http.ts";
import * as catalogue from "../../server/repositories/catalogue.repository.ts";
import * as users from "../../server/repositories/users.repository.ts";
import * as accounts from "../../server/services/accounts.service.ts";
import { listAudit } from "../../server/services/audit.service.ts";
import { cliLanguage, printJson, printTable, withDatabase } from "../context.ts";

/** The password piped in: the first line of standard input. */
async function readPasswordFromStdin(): Promise<string> {
  if (process.stdin.isTTY) throw invalidField("password", "请通过标准输入提供密码，例如：echo \"$PASSWORD\" | kechuang users add …", "pipe the password on standard input, e.g. echo \"$PASSWORD\" | kechuang users add …");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "";
}

/** A scope code is a body's code when the catalogue has such a body, else a place's; "body:" or "place:" forces the kind. */
async function scopesOf(db: Db, codes: string[]): Promise<Scope[]> {
  const bodies = new Set((await catalogue.findBodies(db)).map((b) => b.code));
  return codes.map((raw) => {
    const m = /^(place|body):(.+)$/.exec(raw);
    if (m) return { kind: m[1] as Scope["kind"], code: m[2]! };
    return { kind: bodies.has(raw) ? "body" : "place", code: raw };
  });
}

async function userByName(db: Db, name: string) {
  const row = await users.findUserByName(db, name);
  if (!row) throw notFound("name", `账号“${name}”不存在`, `account "${name}" does not exist`);
  return row;
}

export function registerAccountCommands(program: Command): void {
  const group = program.command("users").description("accounts 账号 (acts with local administrator rights)");
  group
    .command("add <name>")
    .description(`create an account; roles: ${Role.options.join(", ")}`)
    .requiredOption("--role <role>", "administrator, plan_office, reporter, reviewer or leader")
    .option("--scope <code...>", "places or bodies a reporter or reviewer acts for (place codes such as 500106, body codes, or place:/body: prefixed)")
    .option("--display-name <text>", "the person's name as shown")
    .option("--password-stdin", "read the password from standard input (required)")
    .option("--must-change", "the person must choose a new password at first sign-in")
    .requiredOption("--by <name>", "who creates it (recorded)")
    .option("--json", "print JSON")
    .action(async (name: string, opts: { role: string; scope?: string[]; displayName?: string; passwordStdin?: boolean; mustChange?: boolean; by: string; json?: boolean }) => {
      if (!opts.passwordStdin) throw invalidField("password", "请用 --password-stdin 从标准输入提供密码", "give the password on standard input with --password-stdin");
      const password = await readPasswordFromStdin();
      const user = await withDatabase(async (db) => {
        const parsed = CreateUserRequest.safeParse({ username: name, displayName: opts.displayName, role: opts.role, scopes: await scopesOf(db, opts.scope ?? []), password, mustChangePassword: opts.mustChange ?? false });
        if (!parsed.success) throw validationError(parsed.error.issues);
        return accounts.createUser(db, parsed.data, { name: opts.by, id: null });
      });
      if (opts.json) return printJson(user);
      process.stdout.write(cliLanguage() === "en" ? `created account ${user.username} (${user.role})\n` : `已创建账号 ${user.username}（${user.role}）\n`);
    });

  group
    .command("list")
    .option("--json", "print JSON")
    .action(async (opts: { json?: boolean }) => {
      const list = await withDatabase((db) => accounts.listUsers(db));
      if (opts.json) return printJson(list);
      printTable(["id", "account", "name", "role", "scopes", "active", "created by"], list.map((u) => [u.id, u.username, u.displayName, u.role, u.scopes.map((s) => `${s.kind}:${s.code}`).join(" ") || null, u.active ? "yes" : "no", u.createdBy]));
    });

  group
    .command("set <name>")
    .description("change an account: role, scopes, active, a new temporary password (--password-stdin)")
    .option("--role <role>")
    .option("--scope <code...>")
    .option("--disable")
    .option("--enable")
    .option("--password-stdin", "a new temporary password from standard input; the person must change it")
    .option("--reason <text>")
    .requiredOption("--by <name>", "who changes it (recorded)")
    .option("--json", "print JSON")
    .action(async (name: string, opts: { role?: string; scope?: string[]; disable?: boolean; enable?: boolean; passwordStdin?: boolean; reason?: string; by: string; json?: boolean }) => {
      const password = opts.passwordStdin ? await readPasswordFromStdin() : undefined;
      const user = await withDatabase(async (db) => {
        const row = await userByName(db, name);
        const parsed = UpdateUserRequest.safeParse({ role: opts.role, scopes: opts.scope ? await scopesOf(db, opts.scope) : undefined, active: opts.disable ? false : opts.enable ? true : undefined, password, reason: opts.reason });
        if (!parsed.success) throw validationError(parsed.error.issues);
        return accounts.updateUser(db, row.id, parsed.data, { name: opts.by, id: null });
      });
      if (opts.json) return printJson(user);
      process.stdout.write(cliLanguage() === "en" ? `updated ${user.username}\n` : `已更新 ${user.username}\n`);
    });

  program
    .command("audit")
    .description("the audit log 操作记录: who changed what, when, old, new, why")
    .option("--entity <entity>", "value, submission, target, plan, statement, account, round or import")
    .option("--id <id>", "the entity's id")
    .option("--limit <n>", "entries", "50")
    .option("--json", "print JSON")
    .action(async (opts: { entity?: string; id?: string; limit: string; json?: boolean }) => {
      const parsed = AuditQuery.safeParse({ entity: opts.entity, entityId: opts.id, limit: opts.limit });
      if (!parsed.success) throw validationError(parsed.error.issues);
      const list = (await withDatabase((db) => listAudit(db, parsed.data))).items;
      if (opts.json) return printJson(list);
      printTable(["at", "by", "entity", "id", "action", "reason"], list.map((e) => [e.at, e.actor, e.entity, e.entityId, e.action, e.reason]));
    });
}
