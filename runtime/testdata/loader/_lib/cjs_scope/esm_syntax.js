import fs from "fs"; export const x = typeof fs;
