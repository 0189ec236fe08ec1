import { existsSync } from "node:fs";
import readline from "node:readline";
import { ChatClient, type ReceivedActivity } from "./chat/chat-client.js";
import { AssistantHttpError, AssistantUnreachableError } from "./chat/describe-assistant-errors.js";
import { PressError, splitPressArgs } from "./chat/read-press-args.js";

/**
 * `npm run chat`: talk to a running assistant from the terminal over the real Bot Framework
 * protocol, as Teams would. Start the assistant first (`npm start`) in another terminal.
 */

const USAGE = `Usage: npm run chat [-- --url http://127.0.0.1:3978] [--channel msteams|emulator]

Talks to a running assistant (start it first with: npm start) over the Bot Framework protocol.
The assistant's address comes from --url, else ASSISTANT_URL, else http://127.0.0.1:$PORT
(PORT from the environment or .env, default 3978). NO_COLOR=1 turns colours off.`;

const CHAT_HELP = `Type anything to send it to the assistant. A button's label or number works like pressing it;
on a card with options, type their numbers (e.g. "1, 3") and the options are chosen.

Chat commands:
  /press N | label       press a button on the last card, as a click would (sends the card's data)
  /press label 1, 3      tick options 1 and 3 on the last card, then press the button
  /new                   start a new conversation (the assistant forgets the old one)
  /raw                   show or hide the raw JSON of each activity the assistant sends
  /help                  this list
  /quit                  leave (Ctrl+C or Ctrl+D work too)`;

interface Args {
  url?: string;
  channel: "msteams" | "emulator";
  help: boolean;
  error?: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { channel: "msteams", help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const [name, inline] = arg.includes("=") ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (name === "--help" || name === "-h") args.help = true;
    else if (name === "--url") args.url = value();
    else if (name === "--channel") {
      const channel = value();
      if (channel === "msteams" || channel === "emulator") args.channel = channel;
      else args.error = `--channel must be msteams or emulator, not ${JSON.stringify(channel)}`;
    } else args.error = `Unknown option ${JSON.stringify(arg)}.`;
  }
  return args;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args.help || args.error) {
    if (args.error) console.error(args.error);
    console.error(USAGE);
    return args.error ? 2 : 0;
  }
  // The assistant reads PORT from .env; so does its chat, to find it. Set values win.
  if (existsSync(".env")) process.loadEnvFile(".env");
  const env = process.env;
  const assistantUrl =
    args.url ?? env.ASSISTANT_URL ?? `http://127.0.0.1:${env.PORT?.trim() || "3978"}`;

  const out = process.stdout;
  const tty = Boolean(out.isTTY);
  const color = tty && !env.NO_COLOR;
  const paint = (code: number, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const dim = (s: string) => paint(2, s);
  const red = (s: string) => paint(31, s);
  let showRaw = false;
  let rl: readline.Interface | undefined;
  let busy = false;
  let closed = false;

  const print = (received: ReceivedActivity) => {
    if (received.rendered.text === "" && !showRaw) return;
    // A message that arrives while the prompt is showing (a reminder, say) goes above it.
    if (rl && !busy && tty) {
      readline.clearLine(out, 0);
      readline.cursorTo(out, 0);
    }
    const label =
      received.kind === "update"
        ? "Assistant (updated an earlier card)"
        : received.kind === "notice"
          ? "Chat"
          : "Assistant";
    const body = received.rendered.text
      .split("\n")
      .map((l) => (l === "" ? "" : `  ${l}`))
      .join("\n");
    out.write(`\n${dim(label)}\n${body}\n`);
    if (showRaw) out.write(`${dim(JSON.stringify(received.activity, null, 2))}\n`);
    if (rl && !busy && tty && !closed) rl.prompt(true);
  };
  const fail = (err: unknown) => {
    if (err instanceof AssistantUnreachableError || err instanceof AssistantHttpError) {
      console.error(`\n${red(err.message)}`);
    } else if (err instanceof PressError) {
      console.error(`\n${err.message}`);
    } else {
      console.error(`\n${red(`Something went wrong in the chat: ${(err as Error).message}`)}`);
    }
  };

  const client = await ChatClient.start({
    assistantUrl,
    channelId: args.channel,
    render: { color, width: tty ? Math.min((out.columns || 80) - 3, 110) : undefined },
    onActivity: print,
  });

  let health: Record<string, unknown> | undefined;
  try {
    health = await client.health();
    out.write(
      `${paint(1, "Milton Keynes safeguarding assistant: terminal chat")}\n` +
        dim(
          `Talking to ${assistantUrl}${typeof health?.version === "string" ? ` (version ${health.version})` : ""} ` +
            `over the Bot Framework protocol as channel "${args.channel}"; replies arrive at ${client.serviceUrl}.\n`,
        ) +
        `Type /help for the chat's own commands, /quit to leave.\n`,
    );
    await client.join();
  } catch (err) {
    fail(err);
    await client.close();
    return 1;
  }

  rl = readline.createInterface({
    input: process.stdin,
    output: out,
    prompt: color ? paint(36, "you> ") : "you> ",
    terminal: Boolean(process.stdin.isTTY),
  });
  rl.on("SIGINT", () => rl?.close());
  process.once("SIGTERM", () => rl?.close());
  rl.on("close", () => {
    closed = true;
  });
  const prompt = () => {
    if (process.stdin.isTTY && !closed) rl?.prompt();
  };
  prompt();

  let quitting = false;
  for await (const raw of rl) {
    // Lines typed (or piped) after /quit are still queued in the iterator: drop them.
    if (quitting) break;
    const line = raw.trim();
    if (line === "") {
      prompt();
      continue;
    }
    busy = true;
    try {
      if (!line.startsWith("/")) {
        await client.say(line);
      } else {
        const [command = "", ...rest] = line.slice(1).split(/\s+/);
        const argText = line.slice(1 + command.length).trim();
        switch (command.toLowerCase()) {
          case "quit":
          case "exit":
          case "q":
            quitting = true;
            rl.close();
            break;
          case "help":
          case "?":
            out.write(`\n${CHAT_HELP}\n`);
            break;
          case "press":
          case "p": {
            if (rest.length === 0) {
              console.error("\nSay which button: /press 1, or /press Help.");
              break;
            }
            const prompted = client.lastPrompt;
            if (!prompted) {
              console.error("\nThere is no card with buttons to press yet.");
              break;
            }
            const { ref, selection } = splitPressArgs(prompted.rendered, argText);
            await client.press(ref, selection);
            break;
          }
          case "new":
            out.write(dim("\nStarting a new conversation.\n"));
            await client.restart();
            break;
          case "raw":
            showRaw = !showRaw;
            out.write(dim(`\nRaw activities ${showRaw ? "on" : "off"}.\n`));
            break;
          default:
            console.error(
              `\n/${command} is not a chat command (type /help for them). To talk to the assistant, ` +
                `type without the slash, e.g. "mash" or "help".`,
            );
        }
      }
    } catch (err) {
      fail(err);
    } finally {
      busy = false;
    }
    prompt();
  }

  await client.close();
  out.write(dim("\nBye.\n"));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`The chat could not start: ${(err as Error).message}`);
    process.exit(1);
  },
);
