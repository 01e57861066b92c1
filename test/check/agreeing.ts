import { actorBlock, vendorFile } from "./fixture.js";

/** Two vendors that agree on one group: every rule passes once `fix` has run. */
export const agreeing = {
  "vendors/a.yaml": vendorFile("a", actorBlock("red", "Red Storm", ["b", "RED BEAR"])),
  "vendors/b.yaml": vendorFile("b", actorBlock("red-bear", "RED BEAR", ["a", "Red Storm"])),
};
