import { csvImporter } from "./csv/import-csv.js";
import { mispImporter } from "./misp/import-misp.js";
import { msticImporter } from "./mstic/import-mstic.js";
import { stixImporter } from "./stix/import-stix.js";
import type { Importer } from "./types.js";

/** Every input format of `actormap import`. Add an importer here, nowhere else. */
export const importers: Importer[] = [msticImporter, stixImporter, mispImporter, csvImporter];
