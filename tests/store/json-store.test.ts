import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { dataDirWritable, JsonStore, StoreError } from "../../src/store/json-store.js";

const schema = z.object({ version: z.literal(1), items: z.array(z.string()) });
const defaults = { version: 1 as const, items: [] };
const file = () => path.join(mkdtempSync(path.join(tmpdir(), "mk-store-")), "data.json");

describe("JsonStore", () => {
  it("creates the file with defaults and keeps what is written across reopen", async () => {
    const f = file();
    const store = await JsonStore.open(f, schema, defaults);
    await store.update((d) => {
      d.items.push("RR-1");
    });
    const again = await JsonStore.open(f, schema, defaults);
    expect(again.data.items).toEqual(["RR-1"]);
    expect(await again.readable()).toBe(true);
  });

  it("stops on a truncated file, names it, and leaves it exactly as it was", async () => {
    const f = file();
    writeFileSync(f, '{"version":1,"items":["RR-');
    await expect(JsonStore.open(f, schema, defaults)).rejects.toThrow(StoreError);
    await expect(JsonStore.open(f, schema, defaults)).rejects.toThrow(
      new RegExp(`${f}.*corrupt or truncated.*left as it is`),
    );
    expect(readFileSync(f, "utf8")).toBe('{"version":1,"items":["RR-');
  });

  it("stops on an empty file (as a full disk can leave one) without writing over it", async () => {
    const f = file();
    writeFileSync(f, "");
    await expect(JsonStore.open(f, schema, defaults)).rejects.toThrow(
      new RegExp(`${f}.*corrupt or truncated.*Restore it from a backup, or move it aside`),
    );
    expect(readFileSync(f, "utf8")).toBe("");
  });

  it("stops on a file of the wrong shape without overwriting it", async () => {
    const f = file();
    writeFileSync(f, '{"version":2}');
    await expect(JsonStore.open(f, schema, defaults)).rejects.toThrow(
      /does not have the expected contents/,
    );
    expect(readFileSync(f, "utf8")).toBe('{"version":2}');
  });

  it("refuses to write invalid data and keeps the last good state", async () => {
    const store = await JsonStore.open(file(), schema, defaults);
    await expect(
      store.update((d) => {
        (d as { items: unknown[] }).items.push(42);
      }),
    ).rejects.toThrow(/Refused to write invalid data/);
    expect(store.data.items).toEqual([]);
  });

  it("a write that fails (folder replaced by a file) is undone in memory; once the folder is back, nothing is lost", async () => {
    const f = file();
    const dir = path.dirname(f);
    const store = await JsonStore.open(f, schema, defaults);
    await store.update((d) => {
      d.items.push("RR-1");
    });
    // As root, permissions do not stop a write, but a path through a regular file always does.
    renameSync(dir, `${dir}.away`);
    writeFileSync(dir, "not a folder");
    expect(await dataDirWritable(dir)).toBe(false);
    expect(await store.readable()).toBe(false);
    const failed = store.update((d) => {
      d.items.push("RR-2");
    });
    await expect(failed).rejects.toThrow(StoreError);
    await expect(failed).rejects.toThrow(new RegExp(`Could not write ${f} \\(ENOTDIR\\)`));
    expect(store.data.items).toEqual(["RR-1"]);

    rmSync(dir);
    renameSync(`${dir}.away`, dir);
    expect(await dataDirWritable(dir)).toBe(true);
    await store.update((d) => {
      d.items.push("RR-3");
    });
    expect(JSON.parse(readFileSync(f, "utf8")).items).toEqual(["RR-1", "RR-3"]);
  });

  it("updates run one after another, so each sees the one before", async () => {
    const f = file();
    const store = await JsonStore.open(f, schema, defaults);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.update((d) => {
          d.items.push(`RR-${i}`);
        }),
      ),
    );
    const items = Array.from({ length: 20 }, (_, i) => `RR-${i}`);
    expect(store.data.items).toEqual(items);
    expect(JSON.parse(readFileSync(f, "utf8")).items).toEqual(items);
  });

  it("transact(): a refused change or a failed write leaves memory as the disk is, and no temp file behind", async () => {
    const f = file();
    const dir = path.dirname(f);
    const store = await JsonStore.open(f, schema, defaults);
    const add = (item: string) => (d: { version: 1; items: string[] }) => ({
      next: { ...d, items: [...d.items, item] },
      result: d.items.length,
    });
    expect(await store.transact(add("RR-1"))).toBe(0);
    await expect(store.transact(add("bad"), () => "no bad items")).rejects.toThrow(
      /Refused to write invalid data.*no bad items/,
    );
    expect(store.data.items).toEqual(["RR-1"]);

    renameSync(dir, `${dir}.away`);
    writeFileSync(dir, "not a folder");
    await expect(store.transact(add("RR-2"))).rejects.toThrow(/Could not write/);
    expect(store.data.items).toEqual(["RR-1"]);
    rmSync(dir);
    renameSync(`${dir}.away`, dir);
    await store.transact(add("RR-3"));
    expect(JSON.parse(readFileSync(f, "utf8")).items).toEqual(["RR-1", "RR-3"]);
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("transact(): 50 changes started at once each see the one before, so none is lost", async () => {
    const store = await JsonStore.open(file(), schema, defaults);
    const seen = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        store.transact((d) => ({
          next: { ...d, items: [...d.items, `RR-${i}`] },
          result: d.items.length,
        })),
      ),
    );
    expect([...seen].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(store.data.items).toHaveLength(50);
  });
});
