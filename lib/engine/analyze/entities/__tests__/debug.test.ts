import { readFileSync } from "node:fs";
import { it } from "vitest";
import { prepare } from "./prepare";
it("debug", () => {
  for (const f of (process.env.FILES ?? "").split(",")) {
    const { entities } = prepare(readFileSync(f, "utf8"));
    console.log("=== " + f);
    for (const p of entities.people) console.log(`${p.name} | ${p.role} | ${p.affiliation} | ${p.mentions.map((m) => m.kind[0] + ":" + m.text).join("; ")}`);
    console.log(entities.groups.map((g) => `${g.kind[0]}:${g.name}(${g.mentions.map((m) => m.text).join("/")})`).join("  "));
  }
});
