import { describe, expect, it } from "vitest";
import { allowedHostsFromEnv, hostAllowed } from "./host-allow-list.middleware.ts";

describe("Host allow-list", () => {
  it("allows the loopback names and the bind host on any port, and nothing else, by default", () => {
    const allowed = allowedHostsFromEnv("10.0.0.5", {});
    for (const host of ["localhost", "localhost:5178", "127.0.0.1:80", "[::1]:5178", "LOCALHOST:1", "10.0.0.5:5178"]) expect(hostAllowed(host, allowed), host).toBe(true);
    for (const host of ["evil.example", "evil.example:5178", "127.0.0.1.nip.io:5178", "localhost.evil.example", "10.0.0.50", ""]) expect(hostAllowed(host, allowed), host).toBe(false);
  });

  it("adds no name for a server bound to every interface, and brackets an IPv6 bind address", () => {
    expect(allowedHostsFromEnv("0.0.0.0", {})).toEqual(["localhost", "127.0.0.1", "[::1]"]);
    expect(allowedHostsFromEnv("::", {})).toEqual(["localhost", "127.0.0.1", "[::1]"]);
    expect(hostAllowed("[fd00::1]:5178", allowedHostsFromEnv("fd00::1", {}))).toBe(true);
  });

  it("takes KECHUANG_ALLOWED_HOSTS instead of the defaults: a name on any port, name:port on that port only, * for any", () => {
    const allowed = allowedHostsFromEnv("127.0.0.1", { KECHUANG_ALLOWED_HOSTS: " kc.example.gov.cn , intranet:8080 " });
    expect(allowed).toEqual(["kc.example.gov.cn", "intranet:8080"]);
    expect(hostAllowed("kc.example.gov.cn:443", allowed)).toBe(true);
    expect(hostAllowed("intranet:8080", allowed)).toBe(true);
    expect(hostAllowed("intranet:9090", allowed)).toBe(false);
    expect(hostAllowed("localhost:5178", allowed)).toBe(false);
    expect(hostAllowed("anything", allowedHostsFromEnv(undefined, { KECHUANG_ALLOWED_HOSTS: "*" }))).toBe(true);
  });
});
