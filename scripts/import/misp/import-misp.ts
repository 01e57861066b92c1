import { readFileSync, statSync } from "node:fs";
import { UsageError } from "../../cli/command.js";
import { decodeInput } from "../input-text.js";
import { parseJsonSource } from "../json-source.js";
import { settleRelations } from "../settle-relations.js";
import type { Importer } from "../types.js";
import { authorities, authorityById, authorityOfProducer } from "./authorities.js";
import { mispActors } from "./misp-actors.js";
import { readClusters, readProducers } from "./read-galaxy.js";

/** Where MISP publishes its threat-actor galaxy (CC0 / BSD-2-Clause), cited by default. */
export const mispGalaxyUrl =
  "https://github.com/MISP/misp-galaxy/blob/main/clusters/threat-actor.json";

/**
 * MISP galaxy clusters with `meta.name-attribution`: writes the files of the vendors (`--vendor
 * a,b`, by default every vendor the attributions name) with the names MISP attributes to each.
 */
export const mispImporter: Importer = {
  format: "misp",
  summary: "MISP galaxy clusters (threat-actor.json) with name attributions; needs --producers",
  options: {
    producers: {
      type: "string",
      value: "FILE",
      description: "misp: MISP's producer.json, which names the producers of name-attribution",
    },
  },
  read(input) {
    const producersFile = input.options.producers;
    if (typeof producersFile !== "string") {
      throw new UsageError("misp needs --producers FILE (MISP's clusters/producer.json)");
    }
    if (!statSync(producersFile, { throwIfNoEntry: false })?.isFile()) {
      throw new UsageError(`producers file "${producersFile}" not found`);
    }
    const producers = readProducers(
      parseJsonSource(producersFile, decodeInput(producersFile, readFileSync(producersFile))),
    );
    const clusters = readClusters(parseJsonSource(input.file, input.text));
    const write =
      input.vendor === undefined
        ? authorities.filter((authority) =>
            clusters.some((cluster) =>
              cluster.attributions.some(
                (a) => authorityOfProducer(producers.get(a.producer) ?? "") === authority,
              ),
            ),
          )
        : input.vendor.split(",").map((id) => {
            const authority = authorityById(id.trim());
            if (!authority) {
              throw new UsageError(
                `misp knows no producer for vendor "${id.trim()}": use ${authorities.map((a) => a.vendor.id).join(", ")}`,
              );
            }
            return authority;
          });
    const result = mispActors({
      clusters,
      producers,
      write,
      source: input.source ?? mispGalaxyUrl,
      existing: input.existing,
    });
    return settleRelations(result, input.existing);
  },
};
