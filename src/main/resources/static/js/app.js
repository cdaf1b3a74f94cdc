// Small behaviours for every page. Loaded as a file: the Content-Security-Policy allows no
// inline script.
document.addEventListener('click', (event) => {
  const printButton = event.target.closest('.print-button');
  if (printButton) {
    event.preventDefault();
    window.print();
  }
  // Back to the form as it was filled in: the browser keeps what was typed.
  const backLink = event.target.closest('.back-link');
  if (backLink) {
    event.preventDefault();
    window.history.back();
  }
});
