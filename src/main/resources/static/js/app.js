// Small behaviours for every page. Loaded as a file: the Content-Security-Policy allows no
// inline script.
document.addEventListener('click', (event) => {
  const printButton = event.target.closest('.print-button');
  if (printButton) {
    event.preventDefault();
    window.print();
  }
});
