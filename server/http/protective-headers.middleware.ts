/**
 * Headers that keep a browser from turning stored data into script or the app into someone else's
 * frame: a Content-Security-Policy that runs only the app's own script files (no inline script, no
 * eval), nosniff, no framing, a same-origin referrer. Styles may be inline because antd and ECharts
 * inject theirs at run time; style cannot run script.
 */
import type { MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";

export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", "data:", "blob:"],
  fontSrc: ["'self'", "data:"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export function protectiveHeaders(): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    xFrameOptions: "DENY",
    referrerPolicy: "same-origin",
    xContentTypeOptions: "nosniff",
    // Served over plain HTTP on a workstation as often as behind TLS; HSTS is the TLS proxy's to set.
    strictTransportSecurity: false,
  });
}
