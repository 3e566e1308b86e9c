// Reads {secret, body, headers, now?} JSON lines on stdin; prints one JSON result per line.
// Independent of the .NET code: uses the npm `standardwebhooks` reference implementation.
import { Webhook } from "standardwebhooks";
import { createInterface } from "node:readline";

const rl = createInterface({ input: process.stdin });
for await (const line of rl) {
  if (!line.trim()) continue;
  const { secret, body, headers } = JSON.parse(line);
  try {
    const payload = new Webhook(secret.replace(/^whsec_/, "")).verify(body, headers);
    console.log(JSON.stringify({ ok: true, type: payload.type ?? null }));
  } catch (e) {
    console.log(JSON.stringify({ ok: false, error: String(e.message ?? e) }));
  }
}
