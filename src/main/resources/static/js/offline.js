// Min uke and the visit form without signal (docs/adr/0012). Loaded on every page as a file
// (the Content-Security-Policy allows no inline script).
//
// - Pages: the service worker (/sw.js) keeps this person's Min uke and new-visit forms. This
//   script empties that cache at logout, on the login page, and when another person signs in.
// - Queue: a visit saved without signal (or when sending fails) goes into IndexedDB with its
//   form's submission key and this person's id, and is sent on page load, when the browser is
//   back online, or by "Send nå". The server stores a key once, so sending again is safe; an
//   item leaves the queue only when the server answers that it is stored. A refused item stays
//   with the server's message until it is corrected, sent again or discarded on purpose.
//   Items are shown and sent only while the person who queued them is signed in.
(() => {
  'use strict';

  const meta = (name) => {
    const found = document.querySelector(`meta[name="${name}"]`);
    return found ? found.content : null;
  };
  const user = meta('hf-offline-user');
  const offlineCopy = document.documentElement.dataset.offlineCopy !== undefined;
  const PAGES = 'hf-pages';
  const OWNER = 'hf-offline-pages-owner';
  const FLASH = 'hf-offline-flash';

  // ---- The pages kept on the phone belong to one person.

  async function wipePages() {
    if ('caches' in window) {
      await caches.delete(PAGES);
    }
  }

  async function keepPagesOfThisPersonOnly() {
    let owner = null;
    try {
      owner = localStorage.getItem(OWNER);
    } catch (e) {
      owner = null;
    }
    if (!user || owner !== user) {
      await wipePages();
      try {
        localStorage.setItem(OWNER, user || '');
      } catch (e) {
        // Without storage the pages are wiped on every page instead.
      }
    }
  }

  // Logout: the kept pages go first, then the logout itself. The logout never waits more
  // than a moment for the wipe (a browser busy with its service worker can be slow to answer):
  // the login page wipes whatever is left.
  const LOGOUT_WAIT_MS = 1500;
  document.addEventListener('submit', (event) => {
    const form = event.target;
    if (form.matches('form[action$="/logout"]') && form.dataset.wiped !== 'true') {
      event.preventDefault();
      const logOut = () => {
        if (form.dataset.wiped === 'true') {
          return;
        }
        try {
          localStorage.setItem(OWNER, '');
        } catch (e) {
          // Wiped anyway on the login page.
        }
        form.dataset.wiped = 'true';
        form.submit();
      };
      setTimeout(logOut, LOGOUT_WAIT_MS);
      wipePages().catch(() => {}).finally(logOut);
    }
  });

  // ---- The queue (IndexedDB: one object store, keyed by the submission key).

  function openDb() {
    return new Promise((resolve, reject) => {
      const request = indexedDB.open('hf-offline', 1);
      request.onupgradeneeded = () => {
        const store = request.result.createObjectStore('queue', { keyPath: 'key' });
        store.createIndex('user', 'user');
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }

  async function inQueue(mode, work) {
    const db = await openDb();
    return new Promise((resolve, reject) => {
      const tx = db.transaction('queue', mode);
      const request = work(tx.objectStore('queue'));
      let result;
      if (request) {
        request.onsuccess = () => {
          result = request.result;
        };
      }
      tx.oncomplete = () => {
        db.close();
        resolve(result);
      };
      tx.onerror = () => {
        db.close();
        reject(tx.error);
      };
      tx.onabort = tx.onerror;
    });
  }

  const getItem = (key) => inQueue('readonly', (store) => store.get(key));
  const putItem = (item) => inQueue('readwrite', (store) => store.put(item));
  const deleteItem = (key) => inQueue('readwrite', (store) => store.delete(key));
  const itemsOfUser = async () => {
    const items = (await inQueue('readonly', (store) => store.index('user').getAll(user))) || [];
    return items.sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
  };

  // What the plain form would send, without the page's CSRF token (the sending page adds its
  // own, of the session that sends it).
  function itemOf(form) {
    const fields = [];
    for (const [name, value] of new FormData(form)) {
      if (name !== '_csrf' && typeof value === 'string') {
        fields.push([name, value]);
      }
    }
    const value = (name) => (fields.find(([n]) => n === name) || [null, ''])[1];
    return {
      key: value('key'),
      user,
      participantId: form.dataset.participantId,
      participantName: form.dataset.participantName,
      action: form.getAttribute('action'),
      fields,
      visitDate: value('date'),
      recordedAt: new Date().toISOString(),
      state: 'waiting',
      messages: [],
    };
  }

  // One try at sending: stored, refused (with the server's messages), login (no session of
  // this person), retry (the server failed) or offline (no answer at all).
  async function send(item, queued) {
    const body = new URLSearchParams();
    item.fields.filter(([name]) => name !== 'key').forEach(([name, value]) => body.append(name, value));
    body.append('key', item.key);
    body.append('queuedBy', item.user);
    body.append('recordedAt', item.recordedAt);
    if (queued) {
      body.append('queued', 'true');
    }
    // This page's token (every signed-in page has one, in its logout form).
    const token = document.querySelector('input[name="_csrf"]');
    if (token) {
      body.append('_csrf', token.value);
    }
    let response;
    try {
      response = await fetch(item.action, {
        method: 'POST',
        body,
        credentials: 'same-origin',
        headers: { Accept: 'application/json' },
      });
    } catch (e) {
      return { outcome: 'offline' };
    }
    // The login page after a redirect, or a token of a session that has ended.
    if (response.redirected || response.status === 401 || response.status === 403) {
      return { outcome: 'login' };
    }
    let reply = null;
    if ((response.headers.get('content-type') || '').includes('application/json')) {
      try {
        reply = await response.json();
      } catch (e) {
        reply = null;
      }
    }
    if (reply && reply.status === 'stored') {
      return { outcome: 'stored', next: reply.next };
    }
    if (reply && reply.status === 'refused') {
      return { outcome: 'refused', messages: reply.messages || [] };
    }
    return { outcome: 'retry' };
  }

  // ---- Min uke: the queue, and sending it.

  const section = document.getElementById('offline-queue');

  function say(key) {
    if (section) {
      section.querySelector('.offline-status').textContent = key ? section.dataset[key] : '';
    }
  }

  function day(iso) {
    const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
    return parts ? `${parts[3]}.${parts[2]}.${parts[1]}` : (iso || '');
  }

  async function render() {
    if (!section || !user) {
      return;
    }
    const items = await itemsOfUser();
    const list = section.querySelector('.offline-items');
    const template = document.getElementById('offline-item');
    list.replaceChildren(...items.map((item) => {
      const row = template.content.firstElementChild.cloneNode(true);
      row.dataset.key = item.key;
      row.classList.add(`offline-${item.state}`);
      row.querySelector('.offline-name').textContent = item.participantName;
      row.querySelector('.offline-date').textContent = day(item.visitDate);
      row.querySelector('.offline-state').textContent =
        section.dataset[item.state === 'refused' ? 'stateRefused' : 'stateWaiting'];
      const messages = row.querySelector('.offline-messages');
      messages.replaceChildren(...(item.messages || []).map((text) => {
        const line = document.createElement('li');
        line.textContent = text;
        return line;
      }));
      messages.hidden = messages.children.length === 0;
      row.querySelector('.offline-correct').href =
        `/participants/${encodeURIComponent(item.participantId)}/visits/new?from=my-week&queued=${encodeURIComponent(item.key)}`;
      row.querySelector('.offline-resend').hidden = item.state !== 'refused';
      return row;
    }));
    const waiting = items.filter((item) => item.state !== 'refused').length;
    section.querySelector('.send-now').hidden = waiting === 0;
    const count = section.querySelector('.offline-count');
    if (count) {
      count.textContent = waiting === 0 ? ''
        : section.dataset[waiting === 1 ? 'countOne' : 'countMany'].replace('{0}', String(waiting));
    }
    const status = section.querySelector('.offline-status').textContent;
    section.hidden = items.length === 0 && status === '';
  }

  let sending = false;

  // Set when this page was opened just after a visit was kept on the phone: a send that
  // fails then leaves that message standing (it says what matters and stays true).
  let justQueued = false;

  // A phone can report a connection it does not have (navigator.onLine is true on weak
  // signal, behind a captive portal, and in some browsers whenever a service worker
  // answers), and then no 'online' event ever comes. So a send that fails for want of a
  // network is tried again by itself, after 2, 4, 8 ... seconds, at most a minute apart,
  // for as long as this page is open; the 'online' event and "Send nå" still send at once.
  const RETRY_FIRST_MS = 2000;
  const RETRY_MAX_MS = 60000;
  let retryDelay = 0;
  let retryTimer = null;

  function retryLater() {
    if (retryTimer) {
      return;
    }
    retryDelay = retryDelay ? Math.min(retryDelay * 2, RETRY_MAX_MS) : RETRY_FIRST_MS;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      sendOnce();
    }, retryDelay);
  }

  async function sendQueue() {
    if (!user || sending) {
      return;
    }
    sending = true;
    try {
      const items = (await itemsOfUser()).filter((item) => item.state !== 'refused');
      if (items.length === 0) {
        return;
      }
      if (!navigator.onLine) {
        say(justQueued ? 'queued' : 'noSignal');
        retryLater();
        return;
      }
      say('sending');
      await render();
      let stopped = null;
      for (const item of items) {
        const result = await send(item, true);
        if (result.outcome === 'stored') {
          await deleteItem(item.key);
        } else if (result.outcome === 'refused') {
          await putItem({ ...item, state: 'refused', messages: result.messages });
        } else {
          stopped = result.outcome;
          break;
        }
      }
      const refused = (await itemsOfUser()).some((item) => item.state === 'refused');
      if (stopped === 'offline') {
        say(justQueued ? 'queued' : 'noSignal');
        retryLater();
      } else if (stopped) {
        say(stopped);
        if (stopped === 'retry') {
          retryLater();
        }
      } else {
        retryDelay = 0;
        justQueued = false;
        say(refused ? null : 'allSent');
      }
    } finally {
      sending = false;
      await render();
    }
  }

  // One tab sends at a time.
  function sendOnce() {
    const run = () => sendQueue().catch(() => {});
    return (navigator.locks) ? navigator.locks.request('hf-offline-send', run) : run();
  }

  if (section) {
    section.addEventListener('click', async (event) => {
      const row = event.target.closest('.offline-item');
      if (event.target.closest('.send-now')) {
        await sendOnce();
        return;
      }
      if (!row) {
        return;
      }
      const confirm = row.querySelector('.offline-confirm');
      if (event.target.closest('.offline-resend')) {
        const item = await getItem(row.dataset.key);
        if (item) {
          await putItem({ ...item, state: 'waiting', messages: [] });
          await sendOnce();
        }
      } else if (event.target.closest('.offline-discard')) {
        confirm.hidden = false;
        confirm.querySelector('.offline-discard-yes').focus();
      } else if (event.target.closest('.offline-discard-no')) {
        confirm.hidden = true;
        row.querySelector('.offline-discard').focus();
      } else if (event.target.closest('.offline-discard-yes')) {
        await deleteItem(row.dataset.key);
        await render();
        section.querySelector('h2').focus();
      }
    });
  }

  // ---- The visit form: saved on the phone when there is no signal.

  function fill(form, item) {
    form.querySelectorAll('input, textarea, select').forEach((input) => {
      if (!input.name || input.name === '_csrf') {
        return;
      }
      const values = item.fields.filter(([name]) => name === input.name).map(([, value]) => value);
      if (input.type === 'radio' || input.type === 'checkbox') {
        input.checked = values.includes(input.value);
      } else if (values.length > 0) {
        input.value = values[0];
      }
    });
    form.querySelector('input[name="key"]').value = item.key;
    const refused = form.querySelector('.offline-refused');
    if (refused && item.messages && item.messages.length > 0) {
      refused.querySelector('.offline-refused-messages').replaceChildren(...item.messages.map((text) => {
        const line = document.createElement('li');
        line.textContent = text;
        return line;
      }));
      refused.hidden = false;
    }
    form.dispatchEvent(new Event('change', { bubbles: true }));
  }

  function today() {
    const now = new Date();
    const pad = (n) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  }

  async function queueHere(form, item) {
    await putItem({ ...item, state: 'waiting', messages: [] });
    const myWeek = ('caches' in window) ? await caches.match(`${location.origin}/my-week`) : null;
    if (myWeek || navigator.onLine) {
      sessionStorage.setItem(FLASH, 'queued');
      location.assign('/my-week');
      return;
    }
    // No Min uke on this phone: a fresh form here, saying the visit is kept.
    form.reset();
    form.querySelector('input[name="key"]').value = crypto.randomUUID();
    form.dispatchEvent(new Event('change', { bubbles: true }));
    const note = form.querySelector('.offline-note');
    note.querySelector('.offline-note-status').textContent = note.dataset.queued;
    note.hidden = false;
  }

  async function submitVisit(form, correcting) {
    const keyInput = form.querySelector('input[name="key"]');
    if (!keyInput.value) {
      keyInput.value = crypto.randomUUID();
    }
    const item = itemOf(form);
    if (correcting) {
      item.recordedAt = correcting.recordedAt;
    }
    if (!navigator.onLine) {
      await queueHere(form, item);
      return;
    }
    const result = await send(item, false);
    if (result.outcome === 'stored') {
      await deleteItem(item.key);
      location.assign(result.next || '/my-week');
    } else if (result.outcome === 'refused') {
      if (correcting) {
        await putItem({ ...item, state: 'refused', messages: result.messages });
      }
      // The server's own page shows each message next to its field, as without JavaScript.
      form.submit();
    } else {
      await queueHere(form, item);
    }
  }

  async function setUpVisitForm(form) {
    const note = form.querySelector('.offline-note');
    const showNote = () => {
      if (note && !note.querySelector('.offline-note-status').textContent) {
        note.hidden = navigator.onLine;
      }
    };
    showNote();
    window.addEventListener('online', showNote);
    window.addEventListener('offline', showNote);
    if (offlineCopy) {
      // A kept copy: a key of its own (the copy has none, so two visits logged from it are
      // two), no message of an earlier save, and a new visit is today's.
      form.querySelector('input[name="key"]').value = crypto.randomUUID();
      document.querySelectorAll('main > .alert').forEach((alert) => alert.remove());
      const date = form.querySelector('input[name="date"]');
      if (date) {
        date.value = today();
      }
    }
    let correcting = null;
    const queued = new URLSearchParams(location.search).get('queued');
    if (queued && user) {
      const item = await getItem(queued);
      if (item && item.user === user && String(item.participantId) === form.dataset.participantId) {
        correcting = item;
        fill(form, item);
      }
    }
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitVisit(form, correcting).catch(() => form.submit());
    });
  }

  // ---- Start.

  async function start() {
    await keepPagesOfThisPersonOnly();
    if (!user) {
      return;
    }
    if (offlineCopy && section) {
      document.querySelectorAll('main > .alert, main p:has(> a[href*="/fit/new"])').forEach((old) => old.remove());
    }
    const form = document.querySelector('form.visit-form[data-offline-queue="true"]');
    if (form && 'indexedDB' in window) {
      await setUpVisitForm(form);
    }
    if ('serviceWorker' in navigator) {
      navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {});
    }
    if (section) {
      if (sessionStorage.getItem(FLASH) === 'queued') {
        sessionStorage.removeItem(FLASH);
        justQueued = true;
        say('queued');
      }
      await render();
      if ('serviceWorker' in navigator && navigator.onLine) {
        keepMinUke();
      }
    }
    window.addEventListener('online', () => sendOnce());
    if (navigator.onLine) {
      await sendOnce();
    }
  }

  // Min uke and the visit forms it links to, kept for use without signal.
  async function keepMinUke() {
    const registration = await navigator.serviceWorker.ready;
    const paths = ['/my-week', ...Array.from(document.querySelectorAll('a.log-visit'),
      (link) => new URL(link.href).pathname + new URL(link.href).search)];
    navigator.serviceWorker.addEventListener('message', (event) => {
      if (event.data && event.data.type === 'kept') {
        document.documentElement.dataset.offlineReady = 'true';
      }
    });
    registration.active.postMessage({ type: 'keep', paths });
  }

  if ('indexedDB' in window) {
    start().catch(() => {});
  } else {
    keepPagesOfThisPersonOnly().catch(() => {});
  }
})();
