// A rating questionnaire's summary: the total, how many are rated, the outcome whose range
// holds the total once every statement is rated, and the statements rated low. Always
// recomputed from the saved answers; the rules come from the page's data-* attributes.
import { matchingOutcome, summarize } from "./scoring.mjs";
import { fill } from "./fill.mjs";

export function initQuestionnaire(root, store) {
  const ids = root.dataset.items.split(" ");
  const summary = root.querySelector("[data-pg-summary]");
  if (!summary) return;

  function update() {
    const ratings = ids.map((id) => (typeof store.get(id) === "number" ? store.get(id) : null));
    const result = summarize(ratings);
    fill(summary, "total", result.total);
    fill(summary, "remaining", result.remaining);

    const outcomes = [...summary.querySelectorAll("[data-outcome]")];
    const ranges = outcomes.map((element) => ({ element, min: Number(element.dataset.min), max: Number(element.dataset.max) }));
    const match = result.complete ? matchingOutcome(ranges, result.total) : null;
    for (const outcome of outcomes) outcome.hidden = outcome !== match?.element;
    for (const pending of summary.querySelectorAll('[data-show-when="incomplete"]')) {
      pending.hidden = result.complete;
    }
    showLowRatings(summary, ids, ratings);
    summary.hidden = false;
    // Printed with nothing rated, the page is a worksheet: a blank to fill, not "0 of 40".
    summary.dataset.answered = String(result.answered);
    const blank = root.querySelector("[data-pg-total-blank]");
    if (blank) blank.hidden = result.answered > 0;
  }

  store.onChange((id) => ids.includes(id) && update());
  update();
}

function showLowRatings(summary, ids, ratings) {
  const list = summary.querySelector("[data-pg-low-ratings]");
  if (!list) return;
  const atMost = Number(list.dataset.atMost);
  let shown = 0;
  ids.forEach((id, index) => {
    const entry = list.querySelector(`[data-item="${CSS.escape(id)}"]`);
    const low = ratings[index] !== null && ratings[index] <= atMost;
    entry.hidden = !low;
    if (low) {
      fill(entry, "rating", ratings[index]);
      shown += 1;
    }
  });
  for (const none of list.querySelectorAll('[data-show-when="no-low-ratings"]')) none.hidden = shown > 0;
}
