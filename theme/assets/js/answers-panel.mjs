// "Your answers" panel: export, import (answers-import.mjs), share by link, clear with
// undo, and the shared-computer options. Words come from the panel's data-text-*.
import { buildAnswersFile } from "./answers-file.mjs";
import { initImport, words } from "./answers-import.mjs";
import { cleanAnswersLink, hasAnswersLink, linkToAnswers, readAnswersLink } from "./answers-link.mjs";

// What "clear all" took, for undo: kept for the rest of the visit (this tab's session),
// in memory as well for when sessionStorage is refused.
const undoCopies = new Map();

export function initAnswersPanel(panel, store, guide) {
  const message = panel.querySelector("[data-pg-answers-message]");
  const say = (text) => {
    message.textContent = text;
    // The button the reader used may just have been hidden (a confirmation, a preview):
    // keep their place on the message rather than drop focus to the top of the page.
    const focused = document.activeElement;
    if (text && (!focused || focused === document.body || focused.closest("[hidden]"))) message.focus();
  };
  const undoKey = `planguide:${guide.guideId}:undo`;
  const importer = initImport(panel, store, guide, say);
  const confirm = panel.querySelector("[data-pg-clear-confirm]");
  const undo = panel.querySelector('[data-pg-action="undo"]');
  const visitOnly = panel.querySelector("[data-pg-visit-only]");

  const answersFile = () => buildAnswersFile({
    guideId: guide.guideId,
    contentVersion: guide.contentVersion,
    answers: store.all(),
    person: Object.fromEntries(
      [...panel.querySelectorAll("[data-pg-person]")].map((field) => [field.dataset.pgPerson, field.value.trim()]),
    ),
  });

  const actions = {
    export() {
      const name = `answers-${guide.guideId}-${new Date().toISOString().slice(0, 10)}.json`;
      download(name, JSON.stringify(answersFile(), null, 2));
      say(words(panel, "exported", { name }));
    },
    async "copy-link"() {
      const link = await linkToAnswers(answersFile(), window.location);
      const field = panel.querySelector("[data-pg-link-field]");
      field.value = link;
      panel.querySelector("[data-pg-link]").hidden = false;
      try {
        await navigator.clipboard.writeText(link);
        say(words(panel, "linkCopied"));
      } catch {
        say(words(panel, "linkShown")); // no clipboard here: the reader copies from the field
        field.select();
      }
    },
    clear() {
      confirm.hidden = false;
      confirm.querySelector('[data-pg-action="clear-confirm"]').focus();
    },
    "clear-cancel"() {
      confirm.hidden = true;
      panel.querySelector('[data-pg-action="clear"]').focus();
    },
    "clear-confirm"() {
      keepUndo(undoKey, store.all());
      store.clearAll();
      confirm.hidden = true;
      undo.hidden = false;
      say(words(panel, "cleared"));
    },
    undo() {
      const answers = takeUndo(undoKey);
      if (answers) store.restore(answers);
      undo.hidden = true;
      say(words(panel, "undone"));
    },
    forget() {
      store.forget();
      undoCopies.delete(undoKey);
      undo.hidden = true;
      visitOnly.checked = false;
      say(words(panel, "forgotten"));
    },
  };

  panel.addEventListener("click", (event) => {
    const action = event.target.closest("[data-pg-action]")?.dataset.pgAction;
    if (actions[action]) actions[action]();
  });
  visitOnly.checked = store.isVisitOnly();
  visitOnly.addEventListener("change", () => store.setVisitOnly(visitOnly.checked));
  undo.hidden = !peekUndo(undoKey);

  const damaged = store.damagedCopy();
  if (damaged) {
    const notice = document.querySelector("[data-pg-answers-notice]");
    notice.textContent = words(panel, "damaged", { key: damaged });
    notice.hidden = false;
  }
  panel.hidden = false;
  openLink(panel, importer, guide);
}

// A link to answers goes through the same check and preview as a file. The address bar is
// cleaned at once, so the answers linger neither in history nor in a bookmark.
async function openLink(panel, importer, guide) {
  if (!hasAnswersLink(window.location)) return;
  const location = new URL(window.location.href);
  cleanAnswersLink(window.history, window.location);
  panel.querySelector("details").open = true; // the reader opened the link to see this
  const { text, tooLarge } = await readAnswersLink(location, guide.catalogue.limits.file_bytes);
  if (tooLarge) importer.refuse("tooLarge");
  else if (text === null) importer.refuse("badLink");
  else importer.offer(text, words(panel, "fromLink"));
  panel.scrollIntoView({ block: "start" });
}

function download(name, text) {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const link = Object.assign(document.createElement("a"), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function keepUndo(key, answers) {
  undoCopies.set(key, answers);
  try {
    window.sessionStorage.setItem(key, JSON.stringify(answers));
  } catch {
    // the copy in memory still serves this page and instant navigation
  }
}

function peekUndo(key) {
  if (undoCopies.has(key)) return undoCopies.get(key);
  try {
    return JSON.parse(window.sessionStorage.getItem(key));
  } catch {
    return null;
  }
}

function takeUndo(key) {
  const answers = peekUndo(key);
  undoCopies.delete(key);
  try {
    window.sessionStorage.removeItem(key);
  } catch {
    // nothing was kept there
  }
  return answers;
}
