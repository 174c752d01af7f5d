// The reader's answers, kept in localStorage under the guide's id.
//
// Keys never depend on the page's URL or position: the site may move from /guide/ to
// /plan/ and a question may be added, and every answer must still be found. Each answer
// carries the time it changed, so that writes merge per answer into what is stored now,
// and a tab holding an old copy never overwrites a newer answer wholesale.
//
// Storage can be missing, blocked, full or damaged. None of that may break the page:
// answers then live in memory for the visit and the status says they are not kept.

const FORMAT = 1;

export function storageKey(guideId) {
  return `planguide:${guideId}`;
}

export function openAnswerStore(guideId, contentVersion) {
  const key = storageKey(guideId);
  const listeners = [];
  const changeListeners = [];
  let memory = {}; // answers of this visit: the truth when storage fails
  let status = { state: "ready", savedAt: null };

  const setStatus = (next) => {
    status = next;
    for (const listener of listeners) listener(status);
  };

  // Reads what is stored; on a damaged value, sets the original aside rather than lose it.
  const readStored = () => {
    const raw = window.localStorage.getItem(key);
    if (raw === null) return {};
    try {
      const parsed = JSON.parse(raw);
      if (parsed && typeof parsed.answers === "object" && parsed.answers !== null) {
        return parsed.answers;
      }
      throw new Error("no answers in stored value");
    } catch (error) {
      window.localStorage.setItem(`${key}:damaged:${Date.now()}`, raw);
      window.localStorage.removeItem(key);
      console.warn("planguide: saved answers could not be read; set aside", error);
      return {};
    }
  };

  try {
    memory = readStored();
    probe(window.localStorage);
    const lastChange = latestChange(memory);
    if (lastChange) status = { state: "saved", savedAt: lastChange };
  } catch {
    setStatus({ state: "unavailable", savedAt: null });
  }

  return {
    get(id) {
      return memory[id]?.value;
    },
    set(id, value) {
      const answer = { value, at: new Date().toISOString() };
      memory = { ...memory, [id]: answer };
      try {
        const stored = { ...readStored(), [id]: answer };
        window.localStorage.setItem(key, JSON.stringify({ format: FORMAT, contentVersion, answers: stored }));
        memory = stored;
        setStatus({ state: "saved", savedAt: new Date() });
      } catch (error) {
        console.warn("planguide: answer not saved", error);
        setStatus({ state: "unavailable", savedAt: null });
      }
      for (const listener of changeListeners) listener(id);
    },
    // Called after every change, with the id that changed.
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
}

function latestChange(answers) {
  const times = Object.values(answers)
    .map((answer) => Date.parse(answer?.at))
    .filter((time) => !Number.isNaN(time));
  return times.length ? new Date(Math.max(...times)) : null;
}

// Private modes and strict settings can allow reads yet refuse writes: find out now,
// so the reader is told before typing anything.
function probe(storage) {
  const probeKey = "planguide:probe";
  storage.setItem(probeKey, "1");
  storage.removeItem(probeKey);
}
