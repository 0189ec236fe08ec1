/** A Map or WeakMap: anything that keeps values by key. */
interface KeyedStore<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/**
 * The value kept in `store` for `key`, made by `make` (and kept) the first time it is asked for.
 * The assistant keeps much of what it works out from its content this way: once per content,
 * options list or index, by identity.
 */
export function cached<K, V>(store: KeyedStore<K, V>, key: K, make: () => V): V {
  let value = store.get(key);
  if (value === undefined) {
    value = make();
    store.set(key, value);
  }
  return value;
}
