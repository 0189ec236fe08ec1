/**
 * The one polling helper: waits until `check` holds (it may be async), looking every 10 ms, and
 * fails the test after `ms` saying what it waited for.
 */
export async function until(
  check: () => boolean | Promise<boolean>,
  ms = 15_000,
  what = "the condition",
): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`${what} still did not hold after ${ms} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
