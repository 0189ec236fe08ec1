/**
 * Reads a command-line tool's `--name value` or `--name=value` options, each a string: the values
 * given, or the text to print instead (the usage for --help or -h; otherwise what was wrong,
 * then the usage). Shared by the tools whose options are all strings (backup, package:teams).
 */
export function readStringOptions<N extends string>(
  argv: readonly string[],
  names: readonly N[],
  usage: string,
): Partial<Record<N, string>> | string {
  const values: Partial<Record<N, string>> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--help" || arg === "-h") return usage;
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    const name = names.find((n) => n === match?.[1]);
    if (!match || name === undefined) return `Unknown option ${JSON.stringify(arg)}.\n\n${usage}`;
    const value = match[2] ?? argv[++i];
    if (value === undefined || value.trim() === "") return `--${name} needs a value.\n\n${usage}`;
    values[name] = value.trim();
  }
  return values;
}
