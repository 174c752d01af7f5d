// My plan: fills the packet built from the content with the reader's saved answers.
// Text is shown as text; a missing answer says so instead of vanishing.
import { fill } from "./fill.mjs";
import { selectGaps } from "./gap-selection.mjs";

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
  const items = root.dataset.items.split(" ");
  const ratings = Object.fromEntries(items.map((id) => [id, store.get(id)]));
  const { qualifying, chosen, unrated } = selectGaps({
    items, ratings, atMost: Number(root.dataset.atMost), limit: Number(root.dataset.limit),
    picks: store.get(root.dataset.picksId),
  });
  for (const row of root.querySelectorAll("[data-item]")) {
    row.hidden = !chosen.includes(row.dataset.item);
    fill(row, "rating", ratings[row.dataset.item] ?? "");
  }
  for (const id of chosen) root.append(root.querySelector(`[data-item="${CSS.escape(id)}"]`));
  fill(root, "unrated", unrated);
  root.querySelector("[data-plan-gaps-pending]").hidden = unrated === 0;
  root.querySelector("[data-plan-gaps-none]").hidden = unrated > 0 || qualifying.length > 0;
  root.querySelector("[data-plan-gaps-notes]").hidden = unrated > 0 || qualifying.length > 0;
}
