// The reader's answers, kept in localStorage under the guide's id (or, on a shared
// computer, in sessionStorage for this visit only).
//
// Keys never depend on the page's URL or position: the site may move from /guide/ to
// /plan/ and a question may be added, and every answer must still be found. Each answer
// carries the time it changed, so that writes merge per answer into what is stored now,
// and a tab holding an old copy never overwrites a newer answer wholesale.
//
// Storage can be missing, blocked, full or damaged. None of that may break the page:
// answers then live in memory for the visit and the status says they are not kept. A
// damaged value is set aside under another key, never deleted, and the reader is told.
import {
  changedIds, emptyStored, mergeStored, parseStored, renameFormer,
} from "./stored-answers.mjs";

function storageKey(guideId) {
  return `planguide:${guideId}`;
}

// Answers of this visit, for when storage fails: they outlive instant navigation.
const visitCopies = new Map();
// The store of the page on screen: another tab's changes are given to it.
let active = null;
window.addEventListener("storage", (event) => active?.fromOtherTab(event));

export function openAnswerStore(guideId, contentVersion, { former = {} } = {}) {
  const key = storageKey(guideId);
  const visitOnlyKey = `${key}:visit-only`;
  const listeners = [];
  const changeListeners = [];
  let status = { state: "ready", savedAt: null };
  let damagedCopy = null; // the key a damaged original was set aside under
  let newerFormat = false; // saved by a newer version of the guide: read, never overwrite
  let visitOnly = readFlag(visitOnlyKey);
  let data = visitCopies.get(key) ?? emptyStored(contentVersion);

  const area = () => (visitOnly ? window.sessionStorage : window.localStorage);

  const setStatus = (next) => {
    status = next;
    for (const listener of listeners) listener(status);
  };
  const announce = (ids) => {
    for (const id of ids) for (const listener of changeListeners) listener(id);
  };
  const keep = (next) => {
    const before = data.answers;
    data = next;
    visitCopies.set(key, data);
    return changedIds(before, data.answers);
  };

  // What is stored now; a damaged value is set aside, and what could be read is kept.
  const readStored = () => {
    const raw = area().getItem(key);
    if (raw === null) return emptyStored(contentVersion);
    const { stored, damaged, newer } = parseStored(raw, contentVersion);
    newerFormat = newer;
    if (newer) return stored;
    const renamed = renameFormer(stored, former);
    if (damaged) {
      damagedCopy = `${key}:damaged:${new Date().toISOString()}`;
      area().setItem(damagedCopy, raw);
      console.warn(`planguide: saved answers were damaged; the original is kept under ${damagedCopy}`);
    }
    if (damaged || renamed) area().setItem(key, JSON.stringify(stored));
    return stored;
  };

  const savedStatus = () => (visitOnly ? { state: "visit", savedAt: new Date() } : { state: "saved", savedAt: new Date() });

  // Merges `change` into what is stored now and writes the result: another tab's newer
  // answers survive. When storage fails, the visit's copy still takes the change.
  const write = (change) => {
    let changed;
    try {
      changed = keep(mergeStored(mergeStored(data, readStored()), change));
      if (newerFormat) throw new Error("answers saved by a newer version of the guide");
      area().setItem(key, JSON.stringify(data));
      setStatus(savedStatus());
    } catch (error) {
      console.warn("planguide: answers not saved", error);
      changed ??= keep(mergeStored(data, change));
      setStatus({ state: newerFormat ? "newer" : "unavailable", savedAt: null });
    }
    announce(changed);
  };

  try {
    keep(mergeStored(data, readStored()));
    probe(area());
    const lastChange = latestChange(data.answers);
    if (newerFormat) status = { state: "newer", savedAt: null };
    else if (visitOnly) status = { state: "visit", savedAt: lastChange };
    else if (lastChange) status = { state: "saved", savedAt: lastChange };
  } catch {
    status = { state: "unavailable", savedAt: null };
  }

  const stamped = (answers, at) =>
    Object.fromEntries(Object.entries(answers).map(([id, answer]) => [id, { value: answer.value, at }]));

  const store = {
    get(id) {
      return data.answers[id]?.value;
    },
    // Every answer, with the time it changed: what export and "clear" keep.
    all() {
      return structuredClone(data.answers);
    },
    set(id, value) {
      write({ ...emptyStored(contentVersion), answers: { [id]: { value, at: now() } } });
    },
    // Answers from a file or a link: later changes win per answer.
    merge(answers) {
      write({ ...emptyStored(contentVersion), answers });
    },
    // Everything replaced: what was here before is cleared, in other tabs too.
    replaceAll(answers) {
      const clearedAt = now();
      write({ ...emptyStored(contentVersion), clearedAt, answers: stamped(answers, now()) });
    },
    // Undo of "clear all": answers come back as changed now, where none was given since.
    restore(answers) {
      const missing = Object.fromEntries(Object.entries(answers).filter(([id]) => !(id in data.answers)));
      write({ ...emptyStored(contentVersion), answers: stamped(missing, now()) });
    },
    clearAll() {
      write({ ...emptyStored(contentVersion), clearedAt: now() });
    },
    // "Forget my answers on this device": nothing of this guide stays in either storage.
    forget() {
      for (const storage of [safe(() => window.localStorage), safe(() => window.sessionStorage)]) {
        if (!storage) continue;
        try {
          for (const stored of Object.keys(storage)) if (stored.startsWith(key)) storage.removeItem(stored);
        } catch {
          // blocked storage holds nothing to forget
        }
      }
      visitOnly = false;
      damagedCopy = null;
      announce(keep(emptyStored(contentVersion)));
      setStatus({ state: "forgotten", savedAt: null });
    },
    isVisitOnly() {
      return visitOnly;
    },
    // Moves the answers to the chosen storage, so none are left behind on the device.
    setVisitOnly(wanted) {
      if (wanted === visitOnly) return;
      const leaving = safe(() => area()); // null where storage is blocked: nothing to move
      visitOnly = wanted;
      try {
        if (wanted) window.sessionStorage.setItem(visitOnlyKey, "true");
        else window.sessionStorage.removeItem(visitOnlyKey);
        leaving?.removeItem(key);
      } catch (error) {
        console.warn("planguide: could not move answers", error);
      }
      write(data);
    },
    // The key the unreadable original was set aside under, when this page found one.
    damagedCopy() {
      return damagedCopy;
    },
    fromOtherTab(event) {
      if (visitOnly || event.key !== key || event.storageArea !== safe(() => window.localStorage)) return;
      if (event.newValue === null) {
        announce(keep(emptyStored(contentVersion))); // forgotten or moved in another tab
        setStatus({ state: "removed", savedAt: null });
        return;
      }
      const { stored } = parseStored(event.newValue, contentVersion);
      announce(keep(mergeStored(data, stored)));
      if (status.state === "saved") setStatus({ state: "saved", savedAt: latestChange(data.answers) ?? status.savedAt });
    },
    // Called after every change, with the id that changed (one call per id).
    onChange(listener) {
      changeListeners.push(listener);
    },
    status() {
      return status;
    },
    onStatus(listener) {
      listeners.push(listener);
    },
  };
  active = store;
  return store;
}

// Times of changes, never twice the same: an answer given just after "clear all" is later.
let lastStamp = 0;
function now() {
  lastStamp = Math.max(Date.now(), lastStamp + 1);
  return new Date(lastStamp).toISOString();
}

function latestChange(answers) {
  const times = Object.values(answers)
    .map((answer) => Date.parse(answer?.at))
    .filter((time) => !Number.isNaN(time));
  return times.length ? new Date(Math.max(...times)) : null;
}

function readFlag(flagKey) {
  return safe(() => window.sessionStorage.getItem(flagKey)) === "true";
}

function safe(read) {
  try {
    return read();
  } catch {
    return null;
  }
}

// Private modes and strict settings can allow reads yet refuse writes: find out now,
// so the reader is told before typing anything.
function probe(storage) {
  const probeKey = "planguide:probe";
  storage.setItem(probeKey, "1");
  storage.removeItem(probeKey);
}
