/**
 * `npm run make:holidays`: writes src/core/rapid-review/england-holidays.json, the Great
 * Britain rules of the date-holidays data set with the holiday names they use. The working-day
 * calendar gives these rules to date-holidays' own parser (date-holidays-parser) instead of
 * loading date-holidays itself, whose data for every country of the world added about 10 MB to
 * the memory of every process that counts working days.
 *
 * Run it after upgrading date-holidays (a devDependency, kept for this and the test):
 * tests/core/rapid-review/england-holidays.test.ts fails while the file is out of date.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { englandHolidayRules } from "./england-holiday-rules.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const OUT = path.join(ROOT, "src/core/rapid-review/england-holidays.json");

writeFileSync(OUT, `${JSON.stringify(await englandHolidayRules(), null, 2)}\n`);
console.error(
  `Wrote ${path.relative(ROOT, OUT)}; run \`npm run format\` to lay it out as Biome does.`,
);
