import { rulesJson, rulesMarkdown, rulesText } from "../../check/rule-docs.js";
import { rules as allRules } from "../../check/rules/index.js";
import { type Command, UsageError } from "../command.js";

const renderers = { text: rulesText, json: rulesJson, markdown: rulesMarkdown };

export const rules: Command = {
  name: "rules",
  summary: "List the checks validate runs: code, severity and what each one means",
  details: "Rule codes are a public contract: scripts may match on them.",
  options: {
    format: {
      type: "string",
      value: "FORMAT",
      description: "text (default), json or markdown (the table in docs/rules.md)",
    },
  },
  async run({ values }, io) {
    const format = typeof values.format === "string" ? values.format : "text";
    if (!Object.hasOwn(renderers, format)) {
      throw new UsageError(`unknown format "${format}": use text, json or markdown`);
    }
    io.stdout(renderers[format as keyof typeof renderers](allRules));
    return 0;
  },
};
