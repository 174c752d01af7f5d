// My plan: fills the packet built from the content with the reader's saved answers.
// Text is shown as text; a missing answer says so instead of vanishing.
import { fill } from "./fill.mjs";
import { gapRules, showChosenGaps } from "./gap-rows.mjs";

export function initPlan(root, store) {
  const update = () => {
    for (const element of root.querySelectorAll("[data-plan-text]")) {
      const value = store.get(element.dataset.planText);
      const written = typeof value === "string" && value.trim() !== "";
      element.textContent = written ? value : element.dataset.empty;
      element.classList.toggle("pg-not-answered", !written);
    }
    for (const element of root.querySelectorAll("[data-plan-choice]")) {
      const value = store.get(element.dataset.planChoice);
      const known = [...element.children].some((option) => option.dataset.value === String(value));
      for (const option of element.children) {
        option.hidden = option.dataset.value !== (known ? String(value) : "");
      }
    }
    for (const gaps of root.querySelectorAll("[data-plan-gaps]")) showGaps(gaps, store);
  };
  store.onChange(update);
  update();

  const print = root.querySelector("[data-pg-print-button]");
  print.hidden = false;
  print.addEventListener("click", () => window.print());
}

function showGaps(root, store) {
  const rowOf = (id) => root.querySelector(`[data-item="${CSS.escape(id)}"]`);
  const { qualifying, unrated } = showChosenGaps(gapRules(root), rowOf, store);
  fill(root, "unrated", unrated);
  root.querySelector("[data-plan-gaps-pending]").hidden = unrated === 0;
  root.querySelector("[data-plan-gaps-none]").hidden = unrated > 0 || qualifying.length > 0;
  root.querySelector("[data-plan-gaps-notes]").hidden = unrated > 0 || qualifying.length > 0;
}
