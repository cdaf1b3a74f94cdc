// The FIT participant view: each slider's value shown as it moves, in the page's language
// ("7,5" in Norwegian), and read out by screen readers (aria-valuetext). A scale not given
// has its sliders switched off. Loaded as a file: the Content-Security-Policy allows no
// inline script. Without JavaScript the sliders still work and the form still sends them.
(() => {
  const comma = document.documentElement.lang !== 'en';
  const shown = (value) => {
    const text = Number(value).toFixed(1);
    return comma ? text.replace('.', ',') : text;
  };
  const update = (range) => {
    const output = document.getElementById(range.id + '-value');
    if (output) {
      output.textContent = shown(range.value);
    }
    const template = range.dataset.valuetext;
    if (template) {
      range.setAttribute('aria-valuetext', template.replace('#', shown(range.value)));
    }
  };
  const toggle = (checkbox) => {
    const scale = checkbox.closest('fieldset');
    scale.querySelectorAll('.fit-range').forEach((range) => {
      range.disabled = !checkbox.checked;
    });
  };
  // Sliders the participant has not moved yet start in the middle: they are listed in the
  // form's "untouched" field and refused by the server, so a skipped item is not saved as 5.
  const untouched = document.querySelector('.fit-untouched');
  if (untouched && untouched.dataset.fresh === 'true') {
    untouched.value = [...document.querySelectorAll('.fit-range')].map((range) => range.name).join(',');
  }
  const moved = (range) => {
    if (untouched) {
      untouched.value = untouched.value.split(',').filter((name) => name && name !== range.name).join(',');
    }
  };
  document.addEventListener('input', (event) => {
    if (event.target.matches('.fit-range')) {
      update(event.target);
      moved(event.target);
    }
  });
  // A tap or a key on a slider is an answer, even when it leaves the value where it was.
  ['pointerdown', 'keydown'].forEach((type) => document.addEventListener(type, (event) => {
    if (event.target.matches('.fit-range')) {
      moved(event.target);
    }
  }));
  document.addEventListener('change', (event) => {
    if (event.target.matches('.fit-range')) {
      update(event.target);
      moved(event.target);
    }
    if (event.target.matches('.fit-given')) {
      toggle(event.target);
    }
  });
  const all = () => {
    document.querySelectorAll('.fit-range').forEach(update);
    document.querySelectorAll('.fit-given').forEach(toggle);
  };
  all();
  window.addEventListener('pageshow', all);
})();
