/**
 * Print buttons: rendered `hidden`, because without JavaScript they could do nothing (the
 * browser's own print command still works). This shows them and wires them to the print dialog.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
