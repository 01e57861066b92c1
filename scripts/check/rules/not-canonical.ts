import { join } from "node:path";
import type { Diagnostic } from "../../core/diagnostic.js";
import { serializeRegistry } from "../../fix/serialize.js";
import { renderCodeowners } from "../../github/codeowners.js";
import { displayPath } from "../../load/load-data.js";
import { updateRegistry } from "../../model/registry.js";
import type { CheckContext, Rule } from "../rule.js";

/**
 * Any date does: an unchanged model gives the previous registry back untouched, and a changed one
 * differs in more than its dates.
 */
const anyNow = "2000-01-01T00:00:00.000Z";

/**
 * Vendor files are checked by the loader (it compares each with its canonical text); the model
 * stage checks the files fix derives from all of them: the cluster registry and CODEOWNERS.
 */
export const notCanonical: Rule = {
  code: "not-canonical",
  severity: "error",
  description:
    "the file is not in canonical form or the id registry or CODEOWNERS is stale: run `actormap fix`",
  stage: "model",
  *check(context) {
    yield* staleRegistry(context);
    yield* staleCodeowners(context);
  },
};

function at(file: string, message: string): Diagnostic {
  const { code, severity } = notCanonical;
  return { severity, code, file, line: 1, column: 1, message };
}

function* staleRegistry({ loaded, model }: CheckContext): Iterable<Diagnostic> {
  // While a vendor file cannot be read the registry cannot be judged (fix leaves it alone too),
  // and an unreadable registry is already reported by the loader.
  if (loaded.unreadable.length > 0) return;
  if (loaded.registryText !== "" && !loaded.registry) return;
  const expected = serializeRegistry(updateRegistry(model, loaded.registry, anyNow));
  if (expected === loaded.registryText) return;
  const file = displayPath(join(loaded.dir, "clusters.yaml"));
  yield at(
    file,
    loaded.registryText === ""
      ? `${file} is missing: run \`npx actormap fix\` to create the cluster registry`
      : `${file} does not match the vendor files (clusters, ids or hashes are out of date): run \`npx actormap fix\``,
  );
}

function* staleCodeowners({ model, codeowners }: CheckContext): Iterable<Diagnostic> {
  if (!codeowners) return;
  const vendors = [...model.vendors.values()].map((file) => ({
    id: file.vendorId,
    maintainers: file.data.vendor.maintainers ?? [],
  }));
  if (renderCodeowners(vendors, codeowners.projectOwners) === codeowners.text) return;
  yield at(
    codeowners.file,
    `${codeowners.file} does not match the vendor files' maintainers: run \`npx actormap fix\``,
  );
}
