// Answers in a link: the answers file, compressed by the browser's own CompressionStream,
// base64url after "#answers=". The part after "#" never leaves the browser: no server
// sees the answers, not even this site's.

const PREFIX = "#answers=";

export async function linkToAnswers(file, location) {
  const bytes = await pipe(new TextEncoder().encode(JSON.stringify(file)), new CompressionStream("deflate"));
  const url = new URL(location.href);
  url.hash = PREFIX.slice(1) + toBase64Url(bytes);
  return url.href;
}

export function hasAnswersLink(location) {
  return location.hash.startsWith(PREFIX);
}

// The file's text, or null when the link is damaged (cut short when pasted, say).
// The size limit applies to what the link unpacks to, as to a file.
export async function readAnswersLink(location, maxBytes) {
  try {
    const bytes = await pipe(fromBase64Url(location.hash.slice(PREFIX.length)), new DecompressionStream("deflate"), maxBytes);
    return bytes === null ? { tooLarge: true } : { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { text: null };
  }
}

// Takes the answers out of the address bar (and so out of history) without reloading.
export function cleanAnswersLink(history, location) {
  history.replaceState(history.state, "", location.pathname + location.search);
}

async function pipe(bytes, transform, maxBytes = Infinity) {
  const reader = new Blob([bytes]).stream().pipeThrough(transform).getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new Uint8Array(await new Blob(chunks).arrayBuffer());
}

function toBase64Url(bytes) {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text) {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
