import { describe, expect, it } from "vitest";
import { auditFindings, patchFinding } from "./decide";

describe("dependency gate", () => {
  it("fails on a high or critical advisory against next, react or react-dom, and names it", () => {
    const audit = {
      vulnerabilities: {
        next: { severity: "critical", via: [{ title: "Authorization bypass in middleware" }] },
        "react-dom": { severity: "moderate", via: [] },
        lodash: { severity: "high", via: [] },
      },
    };
    expect(auditFindings(audit)).toEqual([{ pkg: "next", problem: "critical advisory: Authorization bypass in middleware" }]);
    expect(auditFindings({ vulnerabilities: {} })).toEqual([]);
    expect(auditFindings(null)).toEqual([]);
  });

  it("fails when a newer patch of the installed line exists, not for newer minor or major lines", () => {
    expect(patchFinding("next", "16.4.5", ["16.4.4", "16.4.5", "16.4.6", "16.5.0", "17.0.0"])?.problem).toBe(
      "16.4.5 is installed but 16.4.6 is the newest patch release of 16.4: update it",
    );
    expect(patchFinding("react", "19.3.1", ["19.3.0", "19.3.1", "19.4.0", "20.0.0-rc.1"])).toBeNull();
    expect(patchFinding("react-dom", "19.3.1", ["19.3.10", "19.3.2"])?.problem).toContain("19.3.10 is the newest");
    expect(patchFinding("next", "16.5.0-canary.3", ["16.5.0"])?.problem).toContain("not a release version");
  });
});
