// Entry point: wires each component on the page to the answer store.
//
// Material replaces the page content on every instant navigation and announces it through
// `document$`, which also replays the current page to new subscribers; subscribing here
// (and nowhere else) starts each page exactly once. Components opt in with data-module.
import { openAnswerStore } from "./answer-store.mjs";
import { showSaveStatus } from "./save-status.mjs";
import { initQuestionnaire } from "./questionnaire.mjs";

const components = {
  "pg-questionnaire": initQuestionnaire,
};

function startPage() {
  const bar = document.querySelector("[data-pg-answers]");
  if (!bar) return;
  for (const note of document.querySelectorAll("[data-pg-nojs-note]")) note.hidden = true;
  const store = openAnswerStore(bar.dataset.guideId, bar.dataset.contentVersion);
  store.onStatus((status) => showSaveStatus(document, status));
  showSaveStatus(document, store.status());

  for (const root of document.querySelectorAll("[data-module]")) {
    const init = components[root.dataset.module];
    if (!init || root.dataset.pgInit) continue;
    root.dataset.pgInit = "true";
    // One broken component must not stop the others on the page.
    try {
      init(root, store);
    } catch (error) {
      console.error(`planguide: ${root.dataset.module} failed to start`, error);
    }
  }
}

document$.subscribe(startPage);
