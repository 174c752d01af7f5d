// A rating questionnaire: restores saved ratings, saves each change, and shows the total,
// the progress and, once every statement is rated, the outcome whose range holds the total.
// The rules (ranges, how many statements) come from the page's data-* attributes.
import { matchingOutcome, summarize } from "./scoring.mjs";

export function initQuestionnaire(root, store) {
  const groups = [...root.querySelectorAll("[data-answer-id]")];
  const summary = root.querySelector("[data-pg-summary]");

  for (const group of groups) {
    const saved = store.get(group.dataset.answerId);
    const radio = group.querySelector(`input[type="radio"][value="${CSS.escape(String(saved))}"]`);
    if (radio) radio.checked = true;
  }

  root.addEventListener("change", (event) => {
    const group = event.target.closest("[data-answer-id]");
    if (!group || event.target.type !== "radio") return;
    store.set(group.dataset.answerId, Number(event.target.value));
    update();
  });

  function update() {
    if (!summary) return;
    const ratings = groups.map((group) => {
      const checked = group.querySelector("input[type=radio]:checked");
      return checked ? Number(checked.value) : null;
    });
    const result = summarize(ratings);
    fill(summary, "total", result.total);
    fill(summary, "answered", result.answered);
    fill(summary, "remaining", result.remaining);
    const outcomes = [...summary.querySelectorAll("[data-outcome]")];
    const match = result.complete
      ? matchingOutcome(outcomes.map(rangeOf), result.total)
      : null;
    for (const outcome of outcomes) outcome.hidden = outcome !== match?.element;
    for (const pending of summary.querySelectorAll('[data-show-when="incomplete"]')) {
      pending.hidden = result.complete;
    }
    summary.hidden = false;
  }

  update();
}

function rangeOf(element) {
  return { element, min: Number(element.dataset.min), max: Number(element.dataset.max) };
}

function fill(scope, name, value) {
  for (const element of scope.querySelectorAll(`[data-fill="${name}"]`)) {
    element.textContent = String(value);
  }
}
