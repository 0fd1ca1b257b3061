/** Polls until `probe` returns something truthy; fails with `what` after the timeout. */
export async function waitFor(what, probe, { timeout = 10_000, interval = 50 } = {}) {
  const until = Date.now() + timeout;
  let last;
  for (;;) {
    last = await probe();
    if (last) return last;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, interval));
  }
}
