#!/usr/bin/env node
// A module that starts with a shebang line and imports: the line is a comment.
"use strict";
import path from "node:path";
import { basename } from "path";
export const name = basename("/a/b.txt");
console.log(name, path.sep, typeof import.meta.url);
