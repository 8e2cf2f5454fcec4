/**
 * Print buttons: CSS shows them only when scripting is on (see PrintButton.astro); this wires
 * them to the print dialog and marks them ready for browsers without the `scripting` feature.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
  button.classList.add('is-ready');
  button.addEventListener('click', () => window.print());
}
