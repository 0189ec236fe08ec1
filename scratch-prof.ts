import { buildKnowledgeIndex } from "./src/core/knowledge/build-knowledge-index.js";
import { loadKnowledge } from "./src/core/knowledge/load-knowledge.js";
import { makeQuery, searchKnowledge } from "./src/core/knowledge/search-knowledge.js";
import { understandMessage } from "./src/core/knowledge/understand-message.js";
const index = buildKnowledgeIndex(loadKnowledge());
for (const q of process.argv.slice(2)) {
  const u = understandMessage(index, q);
  const query = makeQuery(index, u.words);
  console.log(q, "->", u.words.join(" "), [...query.expanded.entries()].map(([k, v]) => `${k}:${v.weight}`).join(" "));
  for (const h of searchKnowledge(index, query).slice(0, 5)) console.log("  ", h.id, h.score.toFixed(2), h.coverage.toFixed(2), h.closest.toFixed(2), h.rank.toFixed(2));
}
