// Every place an answer is given (a group of radios or a text box marked with
// data-answer-id) is filled from the store when the page starts, and saved on each change.
// Text is saved as typed, so nothing is lost if the tab closes mid-sentence.
//
// Answers also change from elsewhere: another tab, an import, "clear all". Each field
// follows the store, but only when its value differs, so typing here never loses the caret.

export function bindAnswerFields(scope, store) {
  const fieldsOf = (id) =>
    [...scope.querySelectorAll("[data-answer-id]")].filter((field) => field.dataset.answerId === id);
  for (const field of scope.querySelectorAll("[data-answer-id]")) {
    restore(field, store.get(field.dataset.answerId));
  }
  store.onChange((id) => {
    for (const field of fieldsOf(id)) restore(field, store.get(id));
  });
  if (scope.dataset.pgAnswersBound) return;
  scope.dataset.pgAnswersBound = "true";
  const save = (event) => {
    const field = event.target.closest("[data-answer-id]");
    if (!field) return;
    if (event.target.type === "radio" && event.type === "change") {
      store.set(field.dataset.answerId, answerValue(event.target.value));
    } else if (event.target.tagName === "TEXTAREA" && event.type === "input") {
      store.set(field.dataset.answerId, event.target.value);
    }
  };
  scope.addEventListener("change", save);
  scope.addEventListener("input", save);
}

// An answer that is gone (cleared, forgotten) empties its field.
function restore(field, value) {
  const text = value === undefined || value === null ? "" : String(value);
  if (field.tagName === "TEXTAREA") {
    if (field.value !== text) field.value = text;
    return;
  }
  for (const radio of field.querySelectorAll('input[type="radio"]')) {
    if (radio.closest("[data-answer-id]") === field) radio.checked = radio.value === text;
  }
}

// Ratings are saved as numbers (they are added up); other choices as their text value.
function answerValue(raw) {
  return /^-?\d+$/.test(raw) ? Number(raw) : raw;
}
