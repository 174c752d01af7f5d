// The answers file: written by "Export my answers", checked before anything is imported.
// Pure: no DOM, no storage. The checks are those of schema/answers.schema.json (made from
// src/planguide/answers_file.py); the facts they need (ids, scales, choices, limits) come
// from the build, in `catalogue`. A check returns the first problem as { problem, ... },
// for the page to put into words.
import { ID_PATTERN } from "./stored-answers.mjs";

const FORMAT = "planguide-answers";
const FORMAT_VERSION = 1;
const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z$/;
// Script, not mere angle brackets: a reader's "<district name>" must load again (the rule
// of src/planguide/answers_file.py, which spells out the cases this flag gives).
const MARKUP = /<\s*(?:script|iframe|object|embed|svg|img|style|link|meta|form|base)\b|<[^>]*\son[a-z]+\s*=|javascript\s*:/i;
const FIELDS = ["format", "format_version", "guide_id", "content_version", "exported_at", "person", "answers"];

export function buildAnswersFile({ guideId, contentVersion, answers, person }) {
  const file = {
    format: FORMAT,
    format_version: FORMAT_VERSION,
    guide_id: guideId,
    content_version: contentVersion,
    exported_at: new Date().toISOString(),
  };
  const named = Object.fromEntries(Object.entries(person ?? {}).filter(([, text]) => text));
  if (Object.keys(named).length) file.person = named;
  file.answers = answers;
  return file;
}

// Checks a file's text against this guide; answers to renamed ids come back under their
// new id. Returns { ok: true, file, answers } or { ok: false, problem, ...details }.
export function checkAnswersText(text, { guideId, catalogue }) {
  let file;
  try {
    file = JSON.parse(text);
  } catch {
    return { ok: false, problem: "not-json" };
  }
  const shape = checkShape(file, catalogue.limits);
  if (shape) return { ok: false, ...shape };
  if (file.guide_id !== guideId) return { ok: false, problem: "wrong-guide", guide: file.guide_id };
  const answers = {};
  for (const [id, answer] of Object.entries(file.answers)) {
    if (!ID_PATTERN.test(id) || id.length > 120) return { ok: false, problem: "bad-id", id };
    const now = catalogue.former[id] ?? id;
    const wrong = checkAnswer(now, answer, catalogue);
    if (wrong) return { ok: false, id: now, ...wrong };
    answers[now] = { value: answer.value, at: answer.at };
  }
  return { ok: true, file, answers };
}

function checkShape(file, limits) {
  const fail = { problem: "not-answers" };
  if (!isRecord(file) || file.format !== FORMAT) return fail;
  if (typeof file.format_version !== "number" || file.format_version > FORMAT_VERSION) return { problem: "newer-format" };
  if (file.format_version !== FORMAT_VERSION) return fail;
  if (Object.keys(file).some((key) => !FIELDS.includes(key))) return fail;
  if (typeof file.guide_id !== "string" || !TIME.test(file.exported_at)) return fail;
  if (!isPlain(file.content_version, 100)) return { problem: "markup", id: null };
  if (file.person !== undefined) {
    if (!isRecord(file.person) || Object.keys(file.person).some((key) => !["name", "role"].includes(key))) return fail;
    for (const text of Object.values(file.person)) {
      if (text !== null && !isPlain(text, limits.person_chars)) return { problem: "markup", id: null };
    }
  }
  if (!isRecord(file.answers)) return fail;
  if (Object.keys(file.answers).length > limits.answers) return { problem: "too-many" };
  return null;
}

function checkAnswer(id, answer, { ratings, choices, picks, text, limits }) {
  if (!isRecord(answer) || Object.keys(answer).length !== 2 || !TIME.test(answer.at)) return { problem: "bad-value" };
  const { value } = answer;
  if (typeof value === "string" && MARKUP.test(value)) return { problem: "markup" };
  if (typeof value === "string" && value.length > limits.text_chars) return { problem: "too-long" };
  let fits;
  if (ratings[id]) fits = Number.isInteger(value) && value >= ratings[id][0] && value <= ratings[id][1];
  else if (choices[id]) fits = choices[id].includes(value);
  else if (picks[id]) fits = Array.isArray(value) && value.every((item) => picks[id].includes(item));
  else if (text.includes(id)) fits = typeof value === "string";
  else fits = Number.isInteger(value) || typeof value === "string" // an id the guide no longer asks
    || (Array.isArray(value) && value.every((entry) => typeof entry === "string" && ID_PATTERN.test(entry)));
  return fits ? null : { problem: "bad-value", value };
}

// What importing would change: counts for the preview, and the answers that differ.
export function compareAnswers(current, incoming) {
  const given = (answer) => answer !== undefined && !isEmpty(answer.value);
  const ids = Object.keys(incoming).filter((id) => given(incoming[id]));
  const differ = ids.filter((id) => given(current[id]) && !same(current[id].value, incoming[id].value));
  return {
    held: ids.length,
    same: ids.filter((id) => given(current[id]) && same(current[id].value, incoming[id].value)).length,
    differ,
    added: ids.filter((id) => !given(current[id])).length,
    onlyHere: Object.keys(current).filter((id) => given(current[id]) && !given(incoming[id])).length,
  };
}

function same(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

function isEmpty(value) {
  return value === "" || (Array.isArray(value) && value.length === 0);
}

function isPlain(text, max) {
  return typeof text === "string" && text.length <= max && !MARKUP.test(text);
}

function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
