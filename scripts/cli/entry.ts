// Entry point for running the CLI from source (tests, `tsx`); bin/actormap.js runs the compiled one.
import { main } from "./main.js";

process.exitCode = await main(process.argv.slice(2));
