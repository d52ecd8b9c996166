/** Briefly marks what just changed, so people looking at the big screen notice new work. */
export function flash(element: HTMLElement): void {
  element.classList.remove('just-changed');
  void element.offsetWidth;
  element.classList.add('just-changed');
}
