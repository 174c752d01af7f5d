// Says where the reader's answers are: saved on this device (and when), kept for this
// visit only, or not kept. The words come from the page (data-text-* on the status
// element, and on the answers panel for the shared-computer states), not from here.

export function showSaveStatus(scope, status) {
  const template = scope.querySelector("[data-pg-save-status][data-text-ready]");
  if (!template) return;
  const panel = scope.querySelector("[data-pg-answers-panel]")?.dataset ?? {};
  const { textReady, textSaved, textUnavailable, textNewer, textRemoved } = template.dataset;
  let text = textReady;
  if (status.state === "saved") {
    const time = formatWhen(status.savedAt);
    text = textSaved.replace("{time}", time);
  } else if (status.state === "unavailable") {
    text = textUnavailable;
  } else if (status.state === "visit") {
    text = panel.textStatusVisit ?? textUnavailable;
  } else if (status.state === "newer") {
    text = textNewer;
  } else if (status.state === "removed") {
    text = textRemoved;
  } else if (status.state === "forgotten") {
    text = panel.textStatusForgotten ?? textReady;
  }
  for (const element of scope.querySelectorAll("[data-pg-save-status]")) {
    // Rewritten only when the words change: a live region re-read on every keystroke is noise.
    if (element.textContent !== text) element.textContent = text;
    element.hidden = false;
    element.dataset.state = status.state;
  }
}

// "14:05" today; "3 Dec, 14:05" on another day, for a reader coming back days later.
function formatWhen(date) {
  const time = date.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  if (date.toDateString() === new Date().toDateString()) return time;
  return `${date.toLocaleDateString([], { day: "numeric", month: "short" })}, ${time}`;
}
