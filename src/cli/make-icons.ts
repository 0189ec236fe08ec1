import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { drawColorIcon, drawOutlineIcon } from "./draw-teams-icons.js";

/** `npm run make:icons`: re-draws manifest/color.png and manifest/outline.png. Commit the result. */
const manifestDir = fileURLToPath(new URL("../../manifest/", import.meta.url));
const files = [
  ["color.png", drawColorIcon()],
  ["outline.png", drawOutlineIcon()],
] as const;
for (const [name, png] of files) {
  const file = path.join(manifestDir, name);
  writeFileSync(file, png);
  console.log(`wrote ${path.relative(process.cwd(), file)} (${png.length} bytes)`);
}
