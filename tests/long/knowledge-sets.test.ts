import path from "node:path";
import { fileURLToPath } from "node:url";
import { checkEvalSets, type EvalSet } from "../knowledge/support/check-eval-sets.js";

/*
 * The larger evaluation sets, written from the seeds by helpers who never saw the code, each run
 * once before any tuning on it (its first-run figures are beside it), then held to floors. They
 * run with the long runs (`npm run test:fuzz`, which CI runs after `npm test`): `npm test` keeps
 * the sets it held before them and stays under a minute.
 */
const HERE = path.join(path.dirname(fileURLToPath(import.meta.url)), "../knowledge");

const SETS: EvalSet[] = [
  // Run once before tuning: mixed-36 (newcomers using other areas' words) 73.8% in scope, 60.0%
  // declined, 25 of 25 emergencies, 2 false alarms.
  { file: path.join(HERE, "mixed-36.jsonl"), right: 0.76, declined: 0.56 },
  // Run once before tuning: mixed-37 (hurried messages, past and present mixed) 82.5% in scope, 84.0%
  // declined, 23 of 25 emergencies, 3 false alarms.
  { file: path.join(HERE, "mixed-37.jsonl"), right: 0.84, declined: 0.84 },
  // Run once before tuning: mixed-38 (panels, reviews, the board) 80.0% in scope, 76.0% declined,
  // 21 of 25 emergencies, 3 false alarms.
  { file: path.join(HERE, "mixed-38.jsonl"), right: 0.83, declined: 0.72 },
  // Run once before tuning: mixed-39 (the Levels of Need, in text-speak) 81.3% in scope, 84.0%
  // declined, 24 of 25 emergencies, 4 false alarms. One left: a father punching a car roof in
  // front of a child, who then drove off with the family.
  { file: path.join(HERE, "mixed-39.jsonl"), right: 0.88, declined: 0.8, alarms: 1 },
  // Run once before tuning: mixed-40 (health settings, clinical shorthand) 76.0% in scope, 80.0%
  // declined, 23 of 25 emergencies, 2 false alarms.
  { file: path.join(HERE, "mixed-40.jsonl"), right: 0.79, declined: 0.76 },
  // Run once before tuning: mixed-41 (the hardest declines, in the seeds' own words) 84.6% in scope,
  // 45.0% declined, 23 of 25 emergencies, 0 false alarms.
  { file: path.join(HERE, "mixed-41.jsonl"), right: 0.82, declined: 0.42 },
  // Run once before tuning: mixed-42 (police, social care, very short and very long) 82.5% in scope,
  // 88.0% declined, 23 of 25 emergencies, 2 false alarms.
  { file: path.join(HERE, "mixed-42.jsonl"), right: 0.83, declined: 0.84 },
  // Run once before tuning: mixed-43 (the sealed set's proportions, all roles) 90.6% in scope,
  // 72.0% declined, 23 of 25 emergencies, 1 false alarm.
  { file: path.join(HERE, "mixed-43.jsonl"), right: 0.89, declined: 0.72 },
  // Run once before tuning: mixed-44 (voluntary and community groups) 82.5% in scope, 92.0%
  // declined, 22 of 25 emergencies, 4 false alarms. One left: a foster carer who locks her
  // foster children in at night, told second-hand.
  { file: path.join(HERE, "mixed-44.jsonl"), right: 0.83, declined: 0.92, alarms: 1 },
  // Run once before tuning: mixed-45 (things said together, emergencies in fragments) 91.3% in
  // scope, 84.0% declined, 21 of 25 emergencies, 1 false alarm.
  { file: path.join(HERE, "mixed-45.jsonl"), right: 0.91, declined: 0.92 },
  // Run once before tuning: mixed-46 (sealed proportions, each message an imagined person)
  // 78.8% in scope, 80.0% declined, 23 of 25 emergencies, 4 false alarms.
  { file: path.join(HERE, "mixed-46.jsonl"), right: 0.8, declined: 0.76 },
  // Run once before tuning: mixed-47 (now or not: 40 emergencies, 30 alarming but not now)
  // 88.6% in scope, 95.0% declined, 38 of 40 emergencies, 5 false alarms.
  { file: path.join(HERE, "mixed-47.jsonl"), right: 0.92, declined: 0.95 },
  // Run once before tuning: mixed-48 (voice-to-text and phone typing) 86.7% in scope, 82.9%
  // declined, 17 of 20 emergencies, 1 false alarm.
  { file: path.join(HERE, "mixed-48.jsonl"), right: 0.92, declined: 0.8 },
  // Run once before tuning: mixed-49 (sealed proportions, as people write in a work chat) 87.1%
  // in scope, 92.0% declined, 22 of 25 emergencies, 3 false alarms. One left: a pupil who saw
  // her brother stabbed last year and "still has nightmares".
  { file: path.join(HERE, "mixed-49.jsonl"), right: 0.87, declined: 0.9, alarms: 1 },
  // Run once before tuning: mixed-50 (long descriptions ending in the writer's own question;
  // declines about adults, animals and property) 81.2% in scope, 56.0% declined, 19 of 20
  // emergencies, 7 false alarms.
  { file: path.join(HERE, "mixed-50.jsonl"), right: 0.9, declined: 0.86 },
  // Run once before tuning: mixed-51 (the less-read parts of the documents, each asked twice)
  // 80.0% in scope, 74.3% declined, 20 of 20 emergencies, 1 false alarm.
  { file: path.join(HERE, "mixed-51.jsonl"), right: 0.8, declined: 0.86 },
  // Run once before tuning: mixed-52 (sealed proportions, 30 different jobs) 83.5% in scope,
  // 64.0% declined, 24 of 25 emergencies, 2 false alarms.
  { file: path.join(HERE, "mixed-52.jsonl"), right: 0.86, declined: 0.86 },
  // Run once before tuning: mixed-53 (things described, never named; emergencies told by what
  // is seen and heard) 75.3% in scope, 80.0% declined, 20 of 25 emergencies, 2 false alarms.
  { file: path.join(HERE, "mixed-53.jsonl"), right: 0.79, declined: 0.9 },
  // Run once before tuning: mixed-54 (English as a second language, work placements, formal
  // managers, Welsh, Scottish and Irish English) 78.8% in scope, 80.0% declined, 20 of 25
  // emergencies, 6 false alarms.
  { file: path.join(HERE, "mixed-54.jsonl"), right: 0.84, declined: 0.86 },
  // Run once before tuning: mixed-55 (a typical week, in no order) 85.9% in scope, 84.0%
  // declined, 24 of 25 emergencies, 2 false alarms.
  { file: path.join(HERE, "mixed-55.jsonl"), right: 0.88, declined: 0.84 },
  // Run once before tuning: mixed-56 (schools and early years) 94.1% in scope, 92.0% declined,
  // 22 of 25 emergencies, 0 false alarms.
  { file: path.join(HERE, "mixed-56.jsonl"), right: 0.92, declined: 0.92 },
  // Run once before tuning: mixed-57 (health, police and social care, nights and weekends)
  // 91.8% in scope, 92.0% declined, 21 of 25 emergencies, 1 false alarm. That one is left: an
  // agency nurse seen photographing babies on her own phone on the ward, told as it happened.
  { file: path.join(HERE, "mixed-57.jsonl"), right: 0.9, declined: 0.92, alarms: 1 },
  // Run once before tuning: mixed-58 (every message different in form) 88.2% in scope, 88.0%
  // declined, 24 of 25 emergencies, 2 false alarms.
  { file: path.join(HERE, "mixed-58.jsonl"), right: 0.87, declined: 0.88 },
  // Run once before tuning: mixed-59 (youth work, sport, faith, online spaces) 84.7% in scope,
  // 92.0% declined, 24 of 25 emergencies, 2 false alarms.
  { file: path.join(HERE, "mixed-59.jsonl"), right: 0.85, declined: 0.92 },
  // Run once before tuning: mixed-60 (adult services who meet children) 80.0% in scope, 88.0%
  // declined, 23 of 25 emergencies, 1 false alarm.
  { file: path.join(HERE, "mixed-60.jsonl"), right: 0.8, declined: 0.88 },
  // Run once before tuning: mixed-61 (sealed proportions, varied writers) 89.4% in scope,
  // 80.0% declined, 22 of 25 emergencies, 2 false alarms.
  { file: path.join(HERE, "mixed-61.jsonl"), right: 0.92, declined: 0.86 },
  // Run once before tuning: mixed-62 (each a different person; emergencies as unlike each other
  // as possible) 88.2% in scope, 88.0% declined, 22 of 25 emergencies, 2 false alarms.
  { file: path.join(HERE, "mixed-62.jsonl"), right: 0.88, declined: 0.88 },
  // Run once before tuning: mixed-63 (sealed proportions, varied writers) 84.7% in scope,
  // 88.0% declined, 21 of 25 emergencies, 3 false alarms.
  { file: path.join(HERE, "mixed-63.jsonl"), right: 0.86, declined: 0.88 },
  // Run once before tuning: mixed-64 (a realistic first week live) 83.5% in scope, 88.0%
  // declined, 24 of 25 emergencies, 2 false alarms. One emergency is still missed: a girl whose
  // arm is bent wrong, twisted "last night", with nobody having taken her to hospital (the clause
  // saying no one got help is dated last night, so it is read as the past).
  { file: path.join(HERE, "mixed-64.jsonl"), right: 0.85, declined: 0.88, missed: 1 },
  // Run once before tuning: mixed-65 (sealed proportions, varied writers) 89.4% in scope,
  // 96.0% declined, 24 of 25 emergencies, 1 false alarm.
  { file: path.join(HERE, "mixed-65.jsonl"), right: 0.88, declined: 0.96 },
  // Run once before tuning: mixed-66 (each an invented person) 87.1% in scope, 80.0% declined,
  // 24 of 25 emergencies, 2 false alarms.
  { file: path.join(HERE, "mixed-66.jsonl"), right: 0.88, declined: 0.8 },
  // Run once before tuning: mixed-67 (sealed proportions, varied writers) 92.9% in scope,
  // 84.0% declined, 22 of 25 emergencies, 0 false alarms.
  { file: path.join(HERE, "mixed-67.jsonl"), right: 0.92, declined: 0.84 },
  // Run once before tuning: mixed-68 (a busy or worried work chat) 89.4% in scope, 80.0%
  // declined, 22 of 25 emergencies, 2 false alarms.
  { file: path.join(HERE, "mixed-68.jsonl"), right: 0.9, declined: 0.8 },
];

checkEvalSets(SETS);
