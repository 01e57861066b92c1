import { diffExports } from "../../diff/diff-exports.js";
import { loadSide } from "../../diff/load-side.js";
import { renderChangesJson } from "../../diff/render-json.js";
import { renderChangesMarkdown } from "../../diff/render-markdown.js";
import { type Command, UsageError } from "../command.js";

export const diff: Command = {
  name: "diff",
  summary: "Show how the published map changes between two exports, and the version bump",
  args: "OLD NEW",
  positionals: [2, 2],
  details: [
    "OLD and NEW are each an actormap.json file, a build folder, a data folder, or a git ref",
    "(`actormap diff main HEAD` builds each ref's data folder from a `git archive` in a temporary",
    "folder). Actors, clusters and mappings are compared by uuid, not by name. The bump follows",
    "docs/versioning.md; the JSON form is CHANGES.json (schema/changes.schema.json).",
  ].join("\n"),
  options: {
    format: {
      type: "string",
      value: "FORMAT",
      description: "markdown (default) or json",
    },
    "data-dir": {
      type: "string",
      value: "DIR",
      description: "for git refs: the data folder inside the repository (default: data)",
    },
  },
  async run({ values, positionals }, io) {
    const format = typeof values.format === "string" ? values.format : "markdown";
    if (format !== "markdown" && format !== "json") {
      throw new UsageError(`--format must be markdown or json, got "${format}"`);
    }
    const dataDir = typeof values["data-dir"] === "string" ? values["data-dir"] : "data";
    const [oldArg = "", newArg = ""] = positionals;
    const changes = diffExports(
      loadSide(oldArg, io.cwd, dataDir),
      loadSide(newArg, io.cwd, dataDir),
    );
    io.stdout(format === "json" ? renderChangesJson(changes) : renderChangesMarkdown(changes));
    return 0;
  },
};
