// Entry point: wires each component on the page to the answer store.
//
// Material replaces the page content on every instant navigation and announces it through
// `document$`, which also replays the current page to new subscribers; subscribing here
// (and nowhere else) starts each page exactly once. Components opt in with data-module.
import { openAnswerStore } from "./answer-store.mjs";
import { bindAnswerFields } from "./answer-fields.mjs";
import { initAttention } from "./attention.mjs";
import { initGaps } from "./gaps.mjs";
import { showNavProgress, showPageProgress } from "./progress.mjs";
import { initQuestionnaire } from "./questionnaire.mjs";
import { showSaveStatus } from "./save-status.mjs";
import { initSuggestion } from "./suggestion.mjs";

const components = {
  "pg-questionnaire": initQuestionnaire,
  "pg-suggestion": initSuggestion,
  "pg-gaps": initGaps,
  "pg-attention": initAttention,
};

function startPage() {
  const guide = document.querySelector("[data-pg-guide]");
  if (!guide) return;
  for (const note of document.querySelectorAll("[data-pg-nojs-note]")) note.hidden = true;
  const store = openAnswerStore(guide.dataset.guideId, guide.dataset.contentVersion);
  store.onStatus((status) => showSaveStatus(document, status));
  showSaveStatus(document, store.status());

  const content = document.querySelector("article") ?? document.body;
  bindAnswerFields(content, store);
  for (const root of content.querySelectorAll("[data-module]")) {
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
  const progress = content.querySelector("[data-pg-page-progress]");
  if (progress) showPageProgress(progress, store);
  showNavProgress(document, store);
}

document$.subscribe(startPage);
