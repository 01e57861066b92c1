// The `yaml` package, loaded on first use: a healthy data folder is read without it (see
// parse-yaml-file.ts), and loading its modules is a fifth of a `validate` run.
import { createRequire } from "node:module";

type YamlModule = typeof import("yaml");

let loaded: YamlModule | undefined;

export function yaml(): YamlModule {
  loaded ??= createRequire(import.meta.url)("yaml") as YamlModule;
  return loaded;
}
