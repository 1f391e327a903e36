// Entry of an analysis worker thread. A worker does not inherit the TypeScript loader the same way
// under every runner (tsx for `npm start`, vitest, the CLI's bin), so it registers its own.
import { register } from "tsx/esm/api";

register();
await import("./analysis.worker.ts");
