import { msticImporter } from "./mstic/import-mstic.js";
import type { Importer } from "./types.js";

/** Every input format of `actormap import`. Add an importer here, nowhere else. */
export const importers: Importer[] = [msticImporter];
