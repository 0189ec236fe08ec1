import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  buildKnowledgeIndex,
  type KnowledgeIndex,
} from "../../src/core/knowledge/build-knowledge-index.js";
import {
  DEFAULT_KNOWLEDGE_PATHS,
  type KnowledgePaths,
  loadKnowledge,
} from "../../src/core/knowledge/load-knowledge.js";

export const FIXTURE_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../fixtures/knowledge",
);

/** Small fixture articles and glossary, with the real search vocabulary and reply wording. */
export const FIXTURE_PATHS: KnowledgePaths = {
  ...DEFAULT_KNOWLEDGE_PATHS,
  articlesDir: path.join(FIXTURE_DIR, "articles"),
  glossaryFile: path.join(FIXTURE_DIR, "glossary.yaml"),
  situationsFile: path.join(FIXTURE_DIR, "situations.yaml"),
};

/** The day the fixtures are read on: after every fixture's reviewed date. */
export const FIXTURE_NOW = new Date("2026-03-01T12:00:00Z");

export function fixtureIndex(): KnowledgeIndex {
  return buildKnowledgeIndex(loadKnowledge(FIXTURE_PATHS, FIXTURE_NOW));
}

/** A writable copy of the fixtures, to break on purpose. */
export function copyFixtures(): KnowledgePaths {
  const dir = mkdtempSync(path.join(tmpdir(), "kb-fixture-"));
  cpSync(FIXTURE_DIR, dir, { recursive: true });
  return {
    ...FIXTURE_PATHS,
    articlesDir: path.join(dir, "articles"),
    glossaryFile: path.join(dir, "glossary.yaml"),
    situationsFile: path.join(dir, "situations.yaml"),
  };
}
