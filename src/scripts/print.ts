/**
 * Print buttons: CSS shows them only when scripting is on (see PrintButton.astro); this wires
 * them to the print dialog.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]'))
  button.addEventListener('click', () => window.print());

export {};
