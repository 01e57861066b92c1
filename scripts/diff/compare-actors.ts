import type {
  ActorEdit,
  ActorRename,
  AliasChange,
  ChangesFile,
  FieldValue,
  StatusChange,
} from "../generated/changes-file.js";
import type { Actor, ExportFile } from "../generated/export-file.js";
import { sameList, setMinus, sortByText } from "./sort.js";

const editableFields = ["origin", "category", "first_seen", "references"] as const;

/** Reference order is the vendor file's; a reorder alone is not a change. */
function fieldValue(actor: Actor, field: (typeof editableFields)[number]): FieldValue {
  const value = actor[field];
  if (value === undefined) return null;
  return Array.isArray(value) ? [...value] : value;
}

function sameValue(a: FieldValue, b: FieldValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return sameList(a, b) || (setMinus(a, b).length === 0 && setMinus(b, a).length === 0);
  }
  return a === b;
}

/** Actors compared by uuid: a new id or name on the same uuid is a rename, not a removal. */
export function compareActors(before: ExportFile, after: ExportFile): ChangesFile["actors"] {
  const old = new Map(before.actors.map((a) => [a.uuid, a]));
  const next = new Map(after.actors.map((a) => [a.uuid, a]));
  const ref = (a: Actor) => ({ uuid: a.uuid, key: a.key, vendor: a.vendor, name: a.name });
  const renamed: ActorRename[] = [];
  const aliases: AliasChange[] = [];
  const status: StatusChange[] = [];
  const edited: ActorEdit[] = [];
  for (const actor of after.actors) {
    const previous = old.get(actor.uuid);
    if (!previous) continue;
    if (previous.name !== actor.name || previous.key !== actor.key) {
      renamed.push({ ...ref(actor), old_key: previous.key, old_name: previous.name });
    }
    if (!sameList(actor.aliases, previous.aliases)) {
      const added = setMinus(actor.aliases, previous.aliases);
      const removed = setMinus(previous.aliases, actor.aliases);
      if (added.length > 0 || removed.length > 0) aliases.push({ ...ref(actor), added, removed });
    }
    if (previous.status !== actor.status || previous.merged_into !== actor.merged_into) {
      status.push({
        ...ref(actor),
        old: previous.status,
        new: actor.status,
        ...(previous.merged_into ? { old_merged_into: previous.merged_into } : {}),
        ...(actor.merged_into ? { merged_into: actor.merged_into } : {}),
      });
    }
    for (const field of editableFields) {
      const a = fieldValue(previous, field);
      const b = fieldValue(actor, field);
      if (!sameValue(a, b)) edited.push({ ...ref(actor), field, old: a, new: b });
    }
  }
  const byKey = (x: { key: string }) => x.key;
  return {
    added: sortByText(after.actors.filter((a) => !old.has(a.uuid)).map(ref), byKey),
    removed: sortByText(before.actors.filter((a) => !next.has(a.uuid)).map(ref), byKey),
    renamed: sortByText(renamed, byKey),
    aliases: sortByText(aliases, byKey),
    status: sortByText(status, byKey),
    edited: sortByText(edited, byKey, (e) => e.field),
  };
}
