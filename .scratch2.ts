import { parseVendorText } from "./scripts/load/load-data.js";
const junk2 = Buffer.from(Array.from({ length: 5_000_000 }, (_, i) => String.fromCharCode(32 + ((i * 7919 + (i >> 7)) % 95))).join(""));
parseVendorText("a.yaml", "a: 1\n");
console.time("all"); const r = parseVendorText("x.yaml", junk2); console.timeEnd("all"); console.log(r.diagnostics.length);
console.time("all2"); parseVendorText("x.yaml", junk2); console.timeEnd("all2");
