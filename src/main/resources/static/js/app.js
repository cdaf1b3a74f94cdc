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

// Parts of a form that only apply after a choice (data-reveal-when="name:value": why there
// was no contact once "not met" is chosen). Hidden parts have their inputs disabled, so
// nothing hidden is sent; without JavaScript every part simply shows.
function updateReveals(form) {
  form.querySelectorAll('[data-reveal-when]').forEach((part) => {
    const [name, value] = part.dataset.revealWhen.split(':');
    const chosen = form.querySelector(`input[name="${name}"]:checked`);
    part.hidden = !(chosen && chosen.value === value);
  });
  form.querySelectorAll('[data-reveal-when] input, [data-reveal-when] select, [data-reveal-when] textarea')
    .forEach((input) => {
      input.disabled = input.closest('[data-reveal-when][hidden]') !== null;
    });
}

document.addEventListener('change', (event) => {
  const form = event.target.closest('form');
  if (form && form.querySelector('[data-reveal-when]')) {
    updateReveals(form);
  }
});

// On load, and when the browser brings a page back with the choices it had (back button).
function updateAllReveals() {
  document.querySelectorAll('form').forEach((form) => {
    if (form.querySelector('[data-reveal-when]')) {
      updateReveals(form);
    }
  });
}
updateAllReveals();
window.addEventListener('pageshow', updateAllReveals);
