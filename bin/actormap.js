#!/usr/bin/env node
// Runs the compiled CLI (built by `npm ci` through the `prepare` script) so start-up stays fast.
import { main } from "../lib/scripts/cli/main.js";

process.exitCode = await main(process.argv.slice(2));
