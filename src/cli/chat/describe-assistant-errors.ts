/** What the terminal says when the assistant cannot be reached or refuses a message. */

/** The assistant could not be reached at all: not started, wrong port, or stopped. */
export class AssistantUnreachableError extends Error {
  constructor(
    readonly url: string,
    cause: string,
  ) {
    super(
      `Can't reach the assistant at ${url} (${cause}).\n` +
        `Start it in another terminal with:  npm start\n` +
        `If it runs on another port or machine, set ASSISTANT_URL (e.g. ASSISTANT_URL=http://127.0.0.1:3978) or PORT.`,
    );
    this.name = "AssistantUnreachableError";
  }
}

/** The assistant answered, but not with success. */
export class AssistantHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
  ) {
    super(describeHttpError(status, body));
    this.name = "AssistantHttpError";
  }
}

function describeHttpError(status: number, body: string): string {
  let detail = "";
  try {
    const parsed = JSON.parse(body);
    const message = parsed?.error?.message ?? parsed?.error ?? parsed?.message;
    if (typeof message === "string") detail = ` It said: ${message}`;
  } catch {
    // Not JSON: say nothing more than the status.
  }
  if (status === 401 || status === 403) {
    return (
      `The assistant refused the message (HTTP ${status}): it is running with MicrosoftAppId set, ` +
      `so it only accepts messages signed by the Bot Framework. To try it in the terminal, start ` +
      `it without MicrosoftAppId (local mode).`
    );
  }
  if (status === 404) {
    return `The assistant has no /api/messages endpoint at that address (HTTP 404). Is ASSISTANT_URL right?`;
  }
  if (status === 413) return `That message is too large for the assistant (HTTP 413).`;
  if (status >= 500) {
    return `The assistant had a problem handling that (HTTP ${status}). Try again; its log says more.${detail}`;
  }
  return `The assistant did not accept that (HTTP ${status}).${detail}`;
}

export function describeNetworkError(err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case "ECONNREFUSED":
      return "nothing is listening there";
    case "ENOTFOUND":
      return "that host name is unknown";
    case "ECONNRESET":
      return "the connection was dropped";
    default:
      return err.message;
  }
}
