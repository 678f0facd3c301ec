#!/usr/bin/env node
// Thin shim so `npx borrowscope` starts fast: all logic lives in the compiled CLI.
import { main } from '../dist/src/cli/main.js';

process.exitCode = main(process.argv.slice(2));
