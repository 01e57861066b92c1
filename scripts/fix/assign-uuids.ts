import { v4 } from "uuid";
import type { VendorFile } from "../generated/vendor-file.js";

/** Gives every actor without a uuid a new UUIDv4, in place. Returns how many were assigned. */
export function assignMissingUuids(data: VendorFile, newUuid: () => string = v4): number {
  let assigned = 0;
  for (const actor of data.actors) {
    if (actor.uuid !== undefined) continue;
    actor.uuid = newUuid();
    assigned++;
  }
  return assigned;
}
