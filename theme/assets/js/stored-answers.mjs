// The stored form of the reader's answers, and the rules that keep it: read (keeping what
// can be read of a damaged value), migrate forward, rename, merge. Pure: no DOM, no storage.
//
// Stored value: { format, contentVersion, clearedAt, answers: { id: { value, at } } }.
// Format 1 had no `clearedAt`; format 2 adds it so that "clear all" wins over older answers
// still held by another tab, instead of coming back with that tab's next change.

export const FORMAT = 2;
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function emptyStored(contentVersion) {
  return { format: FORMAT, contentVersion, clearedAt: null, answers: {} };
}

// Returns { stored, damaged, newer }: `damaged` says the original must be set aside, as
// something in it could not be read; `newer` that a newer version of the guide wrote it,
// so this page must not write over it. Answers that can be read are kept either way.
export function parseStored(raw, contentVersion) {
  let parsed;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { stored: { ...emptyStored(contentVersion), answers: salvage(raw) }, damaged: true };
  }
  if (!isRecord(parsed) || !isRecord(parsed.answers)) {
    return { stored: { ...emptyStored(contentVersion), answers: salvage(raw) }, damaged: true };
  }
  const answers = {};
  let damaged = false;
  for (const [id, answer] of Object.entries(parsed.answers)) {
    if (isAnswer(id, answer)) answers[id] = { value: answer.value, at: answer.at };
    else damaged = true;
  }
  const clearedAt = isTime(parsed.clearedAt) ? parsed.clearedAt : null;
  const newer = Number.isInteger(parsed.format) && parsed.format > FORMAT;
  return { stored: { format: FORMAT, contentVersion, clearedAt, answers }, damaged: damaged && !newer, newer };
}

// From text that is no longer JSON (cut short, say), the answers whose own text is intact.
function salvage(raw) {
  const answers = {};
  const one = /"([a-z0-9-]+)":(\{"value":(?:-?\d+|"(?:[^"\\]|\\.)*"|\[[^\]]*\]),"at":"[^"]*"\})/g;
  for (const [, id, text] of String(raw).matchAll(one)) {
    try {
      const answer = JSON.parse(text);
      if (isAnswer(id, answer)) answers[id] = answer;
    } catch {
      // this answer is damaged too: the set-aside original still holds it
    }
  }
  return answers;
}

// An id renamed in the content names its former ids: their answers move to the new id,
// unless the new id holds a more recent answer. Returns whether anything moved.
export function renameFormer(stored, former) {
  let moved = false;
  for (const [old, now] of Object.entries(former ?? {})) {
    const answer = stored.answers[old];
    if (!answer) continue;
    if (!stored.answers[now] || later(answer.at, stored.answers[now].at)) stored.answers[now] = answer;
    delete stored.answers[old];
    moved = true;
  }
  return moved;
}

// Per answer, the later change wins; answers older than a "clear all" are gone.
export function mergeStored(base, incoming) {
  const clearedAt = [base.clearedAt, incoming.clearedAt].filter(Boolean).sort(byTime).pop() ?? null;
  const answers = {};
  for (const source of [base.answers, incoming.answers]) {
    for (const [id, answer] of Object.entries(source)) {
      if (!answers[id] || later(answer.at, answers[id].at)) answers[id] = answer;
    }
  }
  for (const [id, answer] of Object.entries(answers)) {
    if (clearedAt && !later(answer.at, clearedAt)) delete answers[id];
  }
  return { ...base, clearedAt, answers };
}

// Ids whose value differs between two sets of answers.
export function changedIds(before, after) {
  const ids = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...ids].filter((id) => JSON.stringify(before[id]?.value) !== JSON.stringify(after[id]?.value));
}

function isAnswer(id, answer) {
  if (!ID_PATTERN.test(id) || !isRecord(answer) || !isTime(answer.at)) return false;
  const { value } = answer;
  return Number.isInteger(value) || typeof value === "string"
    || (Array.isArray(value) && value.every((entry) => typeof entry === "string"));
}

function isTime(text) {
  return typeof text === "string" && !Number.isNaN(Date.parse(text));
}

function later(a, b) {
  return Date.parse(a) > Date.parse(b);
}

function byTime(a, b) {
  return Date.parse(a) - Date.parse(b);
}

function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
