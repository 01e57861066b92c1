import type { Rule } from "../rule.js";
import { badMerge } from "./bad-merge.js";
import { clusterCollision } from "./cluster-collision.js";
import { dispute } from "./dispute.js";
import { duplicateActorId } from "./duplicate-actor-id.js";
import { duplicateMapping } from "./duplicate-mapping.js";
import { duplicateName } from "./duplicate-name.js";
import { duplicateUuid } from "./duplicate-uuid.js";
import { mappingToInactive } from "./mapping-to-inactive.js";
import { missingUuid } from "./missing-uuid.js";
import { notCanonical } from "./not-canonical.js";
import { oneSided } from "./one-sided.js";
import { partialInCluster } from "./partial-in-cluster.js";
import { relationMismatch } from "./relation-mismatch.js";
import { schemaRule } from "./schema.js";
import { selfMapping } from "./self-mapping.js";
import { suspiciousText } from "./suspicious-text.js";
import { unknownActor } from "./unknown-actor.js";
import { unknownVendor } from "./unknown-vendor.js";
import { vendorIdMismatch } from "./vendor-id-mismatch.js";
import { yamlAlias } from "./yaml-alias.js";
import { yamlDuplicateKey } from "./yaml-duplicate-key.js";
import { yamlSyntax } from "./yaml-syntax.js";

/** Every rule, in the order `actormap rules` and docs/rules.md list them. A new rule goes here. */
export const rules: Rule[] = [
  yamlSyntax,
  yamlDuplicateKey,
  yamlAlias,
  schemaRule,
  vendorIdMismatch,
  duplicateActorId,
  duplicateUuid,
  duplicateName,
  suspiciousText,
  unknownVendor,
  unknownActor,
  selfMapping,
  duplicateMapping,
  relationMismatch,
  dispute,
  clusterCollision,
  partialInCluster,
  badMerge,
  oneSided,
  mappingToInactive,
  missingUuid,
  notCanonical,
];
