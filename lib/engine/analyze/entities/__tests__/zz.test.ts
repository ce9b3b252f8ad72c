import { it } from "vitest";
import { few, one } from "./prepare";
it("d", () => {
  console.log(JSON.stringify(few("Secretary of State Rex Tillerson spoke. Tillerson's aides left early.").people));
  console.log(JSON.stringify(one("Martin Luther King Jr. spoke in 1963.").people));
});
