// js-yaml, without positions: the fast reader, and a cheap first judge of broken files. It rejects
// in milliseconds inputs that send `yaml` into seconds of work or a stack overflow (deep nesting,
// thousands of unclosed quotes), so `yaml` only sees files that js-yaml could read or that fail in
// a way `yaml` reports better (repeated keys, aliases, tags, several documents, an empty file).
import { CORE_SCHEMA, load, YAMLException } from "js-yaml";

export type QuickLoad =
  | { ok: true; data: unknown }
  | { ok: false; reason: string; offset: number; handOver: boolean };

const betterWithPositions =
  /duplicated mapping key|single document|input is empty|tag|alias|anchor/;

export function quickLoad(text: string): QuickLoad {
  try {
    return { ok: true, data: load(text, { schema: CORE_SCHEMA }) };
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    return {
      ok: false,
      reason: error.reason,
      offset: error.mark?.position ?? 0,
      handOver: betterWithPositions.test(error.reason),
    };
  }
}
