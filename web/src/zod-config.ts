/**
 * Zod settings for the browser, applied before any schema is built (main.tsx imports this first):
 * without `jitless`, zod probes for eval with `new Function`, which the server's Content-Security-
 * Policy forbids — the probe fails safely, but every page would report a policy violation.
 */
import { z } from "zod";

z.config({ jitless: true });
