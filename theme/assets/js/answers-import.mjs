// Loading answers from a file or a link: check, preview, and only then replace or merge.
// A file that fails a check changes nothing; the reader is told why, in the page's words.
import { checkAnswersText, compareAnswers } from "./answers-file.mjs";
import { fill } from "./fill.mjs";

export function initImport(panel, store, guide, say) {
  const preview = panel.querySelector("[data-pg-import-preview]");
  const input = panel.querySelector("[data-pg-import]");
  let pending = null; // answers checked and previewed, waiting for the reader's choice

  const close = (message) => {
    pending = null;
    preview.hidden = true;
    input.value = "";
    say(message);
  };

  // Checks the text and, when it passes, shows what it holds and what would change.
  const offer = (text, source) => {
    const checked = checkAnswersText(text, guide);
    if (!checked.ok) {
      close(problemWords(panel, checked, guide));
      return;
    }
    pending = checked.answers;
    say("");
    const comparison = compareAnswers(store.all(), checked.answers);
    fill(preview, "source", source);
    fill(preview, "held", comparison.held);
    fill(preview, "exported", new Date(checked.file.exported_at).toLocaleString());
    fill(preview, "version", checked.file.content_version);
    const person = [checked.file.person?.name, checked.file.person?.role].filter(Boolean).join(", ");
    preview.querySelector("[data-pg-preview-person]").hidden = !person;
    fill(preview, "person", person);
    fill(preview, "same", comparison.same);
    fill(preview, "differ", comparison.differ.length);
    fill(preview, "added", comparison.added);
    fill(preview, "only-here", comparison.onlyHere);
    listDifferences(comparison.differ, checked.answers);
    panel.querySelector("details").open = true;
    preview.hidden = false;
    preview.focus();
  };

  const listDifferences = (ids, incoming) => {
    const list = preview.querySelector("[data-pg-preview-differences]");
    const template = preview.querySelector("[data-pg-difference-template]");
    list.replaceChildren();
    for (const id of ids) {
      const entry = template.content.firstElementChild.cloneNode(true);
      fill(entry, "question", guide.catalogue.labels[id] ?? id);
      const words = guide.catalogue.values?.[id];
      fill(entry, "mine", shown(store.get(id), words));
      fill(entry, "theirs", shown(incoming[id].value, words));
      list.append(entry);
    }
    list.hidden = ids.length === 0;
  };

  input.addEventListener("change", async () => {
    const file = input.files[0];
    if (!file) return;
    // Refused by size before reading: a huge file is not read into memory at all.
    if (file.size > guide.catalogue.limits.file_bytes) {
      close(words(panel, "tooLarge"));
      return;
    }
    offer(await file.text(), words(panel, "fromFile", { name: file.name }));
  });
  panel.addEventListener("click", (event) => {
    const action = event.target.closest("[data-pg-action]")?.dataset.pgAction;
    if (action === "import-replace" && pending) {
      const held = Object.keys(pending).length;
      store.replaceAll(pending);
      close(words(panel, "replaced", { held }));
    } else if (action === "import-merge" && pending) {
      store.merge(pending);
      close(words(panel, "merged"));
    } else if (action === "import-cancel") {
      close(words(panel, "cancelled"));
    }
  });
  return { offer, refuse: (key) => close(words(panel, key)) };
}

function problemWords(panel, checked, guide) {
  const key = checked.problem.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
  const question = checked.id ? guide.catalogue.labels[checked.id] ?? checked.id : words(panel, "wholeFile");
  return words(panel, key, { question, guide: checked.guide ?? "", id: checked.id ?? "" });
}

// The page's words for `key`, with {name} places filled. The result is only ever set as text.
export function words(panel, key, values = {}) {
  const text = panel.dataset[`text${key[0].toUpperCase()}${key.slice(1)}`] ?? "";
  return text.replace(/\{(\w+)\}/g, (place, name) => (name in values ? String(values[name]) : place));
}

// A value as the preview shows it: long text cut, picks listed.
// A rating or choice by its words ("3 (Agree)", "Instructional coaches"), text as typed.
function shown(value, words = {}) {
  if (value === undefined || value === null) return "";
  const text = Array.isArray(value) ? value.join(", ") : (words[String(value)] ?? String(value));
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
