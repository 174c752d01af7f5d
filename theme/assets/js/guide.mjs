// Entry point: wires each component on the page to the answer store.
//
// Material replaces the page content on every instant navigation and announces it through
// `document$`, which also replays the current page to new subscribers; subscribing here
// (and nowhere else) starts each page exactly once. Components opt in with data-module.
import { openAnswerStore } from "./answer-store.mjs";
import { bindAnswerFields } from "./answer-fields.mjs";
import { initAnswersPanel } from "./answers-panel.mjs";
import { initAttention } from "./attention.mjs";
import { initGaps } from "./gaps.mjs";
import { initPlan } from "./plan.mjs";
import { initPrint } from "./print.mjs";
import { showNavProgress, showPageProgress } from "./progress.mjs";
import { initQuestionnaire } from "./questionnaire.mjs";
import { showSaveStatus } from "./save-status.mjs";
import { initSuggestion } from "./suggestion.mjs";

const components = {
  "pg-questionnaire": initQuestionnaire,
  "pg-suggestion": initSuggestion,
  "pg-gaps": initGaps,
  "pg-attention": initAttention,
  "pg-plan": initPlan,
};

function startPage() {
  const guide = document.querySelector("[data-pg-guide]");
  if (!guide) return;
  document.documentElement.classList.add("pg-js"); // print styles rely on the script's copies
  for (const note of document.querySelectorAll("[data-pg-nojs-note]")) note.hidden = true;
  for (const link of document.querySelectorAll("[data-pg-answers-link]")) {
    link.hidden = false;
    link.addEventListener("click", () => {
      document.getElementById("your-answers").open = true;
    });
  }
  const catalogue = JSON.parse(guide.dataset.pgAnswers);
  const store = openAnswerStore(guide.dataset.guideId, guide.dataset.contentVersion, { former: catalogue.former });
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
  initPrint(content, store);
  const progress = content.querySelector("[data-pg-page-progress]");
  if (progress) showPageProgress(progress, store);
  showNavProgress(document, store);
  const panel = content.querySelector("[data-pg-answers-panel]");
  try {
    if (panel) initAnswersPanel(panel, store, { ...guide.dataset, catalogue });
  } catch (error) {
    console.error("planguide: the answers panel failed to start", error);
  }
}

document$.subscribe(startPage);
