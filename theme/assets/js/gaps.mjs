// The gaps table: shows the rows selectGaps chooses, lowest first, and lets the reader
// choose which ones when more qualify than fit. Rows and their reflections are built into
// the page; this only shows, hides and orders them, so a reflection never leaves its row.
import { fill } from "./fill.mjs";
import { gapRules, showChosenGaps } from "./gap-rows.mjs";

export function initGaps(root, store) {
  const rules = gapRules(root);
  const { items, limit, picksId } = rules;
  const chooser = root.querySelector("[data-gaps-chooser]");
  const table = root.querySelector(".pg-gaps__table");
  const rowOf = (id) => table.querySelector(`.pg-gap[data-item="${CSS.escape(id)}"]`);
  const pickOf = (id) => chooser.querySelector(`[data-item="${CSS.escape(id)}"]`);

  function update() {
    const { qualifying, chosen, choosing, unrated, ratings } = showChosenGaps(rules, rowOf, store);
    for (const rated of table.querySelectorAll("[data-rated]")) rated.hidden = false;
    // Printed before Step 1 is rated, the table offers blank rows to fill in by hand.
    for (const blank of table.querySelectorAll("[data-gap-blank]")) {
      blank.hidden = chosen.length > 0 || unrated === 0;
      table.append(blank);
    }
    table.append(table.querySelector("[data-gap-free]"));
    table.querySelector("[data-gap-free]").hidden = qualifying.length > 0 || unrated > 0;

    chooser.hidden = !choosing;
    for (const id of items) {
      const pick = pickOf(id);
      pick.hidden = !qualifying.includes(id);
      fill(pick, "rating", ratings[id] ?? "");
      const box = pick.querySelector("input");
      box.checked = chosen.includes(id);
      box.disabled = !box.checked && chosen.length >= limit;
    }

    root.querySelector('[data-gaps-message="pending"]').hidden = unrated === 0;
    fill(root, "unrated", unrated);
    root.querySelector('[data-gaps-message="none"]').hidden = unrated > 0 || qualifying.length > 0;
  }

  chooser.addEventListener("change", () => {
    const picked = [...chooser.querySelectorAll("input:checked")].map((box) => box.value);
    store.set(picksId, picked);
  });
  store.onChange((id) => (items.includes(id) || id === picksId) && update());
  update();
}
