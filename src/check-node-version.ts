/**
 * The Node.js versions the assistant supports, from package.json's `engines` (">=MAJOR.MINOR").
 * Checked before anything else loads, so an old Node stops with one sentence an administrator
 * can act on rather than a syntax or module error from deep inside a library.
 */
export function unsupportedNodeMessage(running: string, engines: string): string | undefined {
  const wanted = /^>=\s*(\d+)\.(\d+)/.exec(engines);
  const have = /^v?(\d+)\.(\d+)/.exec(running);
  if (!wanted || !have) return undefined;
  const [needMajor, needMinor] = [Number(wanted[1]), Number(wanted[2])];
  const [major, minor] = [Number(have[1]), Number(have[2])];
  if (major > needMajor || (major === needMajor && minor >= needMinor)) return undefined;
  return (
    `The assistant needs Node.js ${needMajor}.${needMinor} or later (an LTS line: 22 or 24), ` +
    `but this is Node.js ${running.replace(/^v/, "")}. Install a supported Node.js and start again.`
  );
}
