// Puts a computed value into every [data-fill=name] element of a part of the page.
// Always as text: nothing computed or typed is ever read as HTML.
export function fill(scope, name, value) {
  for (const element of scope.querySelectorAll(`[data-fill="${name}"]`)) {
    element.textContent = String(value);
  }
}
