#!/usr/bin/env node
import { runCli } from "./program.js";

const code = await runCli(process.argv.slice(2));
// `serve` answers null: the server keeps the process alive until a signal.
if (code !== null) process.exit(code);
