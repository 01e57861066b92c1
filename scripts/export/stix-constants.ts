// Fixed STIX objects and ids. The two TLP objects are copied as OASIS publishes them
// (cti-stix-common-objects, extension-definition-specifications/tlp-2.0): consumers match them
// by id and content, so they carry no actormap properties (no created_by_ref, no markings).

export const specVersion = "2.1";

export const repositoryUrl = "https://github.com/actormap/actormap";

export const tlpClearId = "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487";

export const tlp2ExtensionId = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";

export const tlpClearMarking = {
  type: "marking-definition",
  spec_version: "2.1",
  id: tlpClearId,
  created: "2022-10-01T00:00:00.000Z",
  name: "TLP:CLEAR",
  extensions: {
    [tlp2ExtensionId]: { extension_type: "property-extension", tlp_2_0: "clear" },
  },
};

export const tlp2ExtensionDefinition = {
  type: "extension-definition",
  spec_version: "2.1",
  id: tlp2ExtensionId,
  name: "TLP 2.0",
  description: "This defines TLP 2.0 as a STIX extension",
  created: "2022-10-01T00:00:00.000Z",
  modified: "2022-10-01T00:00:00.000Z",
  created_by_ref: "identity--b3bca3c2-1f3d-4b54-b44f-dac42c3a8f01",
  schema:
    "https://github.com/oasis-open/cti-stix-common-objects/tree/master/extension-definition-specifications/tlp-2.0",
  version: "1.0.0",
  extension_types: ["property-extension"],
};

/** The identity that publishes the bundle: every actormap object's created_by_ref. */
export const publisher = {
  id: "identity--8da17c57-bac9-455f-b62a-7c1f58a53b10",
  name: "actormap",
  /** When this object's content was written; change `modified` with it. */
  created: "2026-12-03T00:00:00.000Z",
  modified: "2026-12-03T00:00:00.000Z",
};

/** The property extension holding actormap's own properties (schema/stix-extension.schema.json). */
export const actormapExtension = {
  id: "extension-definition--c6c922ba-839a-46ed-983e-d0fe8960124a",
  version: "1.0.0",
  schema: `${repositoryUrl}/blob/main/schema/stix-extension.schema.json`,
  created: "2026-12-03T00:00:00.000Z",
  modified: "2026-12-03T00:00:00.000Z",
};
