// The container's health check (Dockerfile HEALTHCHECK): asks this machine's /healthz and exits 0
// only when it answers 200. Plain Node, so the image needs no curl or wget. A 503 prints the
// report, which says what is wrong (Slack, the data store), into `docker inspect`'s health log.
const port = process.env.PORT?.trim() || "3978";
const configured = process.env.HOST?.trim();
// 0.0.0.0 and :: listen on every interface, loopback included; any other HOST is asked directly.
const host =
  !configured || configured === "0.0.0.0" || configured === "::" ? "127.0.0.1" : configured;
const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}/healthz`;

try {
  const res = await fetch(url, { signal: AbortSignal.timeout(4000) });
  const body = (await res.text()).slice(0, 500);
  console.log(`${url} answered ${res.status}: ${body}`);
  process.exit(res.status === 200 ? 0 : 1);
} catch (err) {
  console.log(`${url} could not be reached: ${err?.cause?.code ?? err?.name ?? err}`);
  process.exit(1);
}
