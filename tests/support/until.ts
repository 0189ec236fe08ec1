/** Waits until `check` holds, looking every 10 ms; fails the test after `ms`. */
export async function until(check: () => boolean, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`still not so after ${ms} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
