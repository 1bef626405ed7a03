// The on-site inspection form (现场检查). Every answer, note, finding, photo and signature goes first into an outbox in
// IndexedDB, then to the JSON API; what cannot be sent (no network in a cellar, a session that expired, a server that
// is down) stays on the phone and is sent when it can be. Each step carries a key, so one sent again after its answer
// was lost is not stored twice, and the moment it was done, so a signature made offline keeps its time. The list page
// (<yj-outbox>) sends what other records left waiting and says so. Both keep their pages for use offline.
import { forgetOnSignIn, keepForOffline } from './offline-pages.js';

const DB_NAME = 'yaojian-outbox';
const STORE = 'ops';
// Answers and notes already sent, the last value of each: put back into a copy of the page kept on the phone, which
// may be older than what the server holds (inspections-sw.js marks such a copy).
const SENT = 'sent';
const RETRY_MS = 15000;
const MAX_PHOTO_SIDE = 2000;

function openDb() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 2);
    request.onupgradeneeded = () => {
      for (const name of [STORE, SENT]) {
        if (!request.result.objectStoreNames.contains(name)) request.result.createObjectStore(name, { keyPath: 'key' });
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function withStore(mode, work, name = STORE) {
  const db = await openDb();
  try {
    return await new Promise((resolve, reject) => {
      const tx = db.transaction(name, mode);
      const request = work(tx.objectStore(name));
      tx.oncomplete = () => resolve(request ? request.result : undefined);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

const outbox = {
  put: op => withStore('readwrite', store => store.put(op)),
  remove: key => withStore('readwrite', store => store.delete(key)),
  everything: () => withStore('readonly', store => store.getAll()),
  of: async recordId => (await outbox.everything()).filter(op => op.recordId === recordId).sort((a, b) => a.seq - b.seq),
};

const sent = {
  keep: op => withStore('readwrite', store => store.put(op), SENT),
  of: async recordId => (await withStore('readonly', store => store.getAll(), SENT)).filter(op => op.recordId === recordId).sort((a, b) => a.seq - b.seq),
  forget: async recordId => {
    for (const op of await sent.of(recordId)) await withStore('readwrite', store => store.delete(op.key), SENT);
  },
};

let sequence = Date.now();
const nextSeq = () => ++sequence;
const newKey = () => (crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(16).slice(2)}`);

function op(recordId, kind, payload, key) {
  return { key: key ?? `op:${recordId}:${newKey()}`, recordId, kind, seq: nextSeq(), at: new Date().toISOString(), clientKey: newKey(), payload };
}

// A photo from a phone camera is 3–8 MB: shrunk to at most 2000 px on its long side, it sends in seconds on 3G.
async function shrink(file) {
  if (!/^image\/(jpeg|png|webp)$/.test(file.type) || typeof createImageBitmap !== 'function') return file;
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, MAX_PHOTO_SIDE / Math.max(bitmap.width, bitmap.height));
    if (scale === 1 && file.size < 1024 * 1024) return file;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext('2d').drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise(resolve => canvas.toBlob(resolve, 'image/jpeg', 0.85));
    return blob && blob.size < file.size ? new File([blob], file.name.replace(/\.\w+$/, '') + '.jpg', { type: 'image/jpeg' }) : file;
  } catch {
    return file;
  }
}

class OfflineError extends Error {}
class ExpiredError extends Error {}
class ServerError extends Error {
  constructor(status) {
    super(String(status));
    this.status = status;
  }
}
class RefusedError extends Error {
  constructor(status, messages) {
    super(messages.join('；'));
    this.status = status;
    this.messages = messages;
  }
}

async function call(url, options) {
  let response;
  try {
    response = await fetch(url, { credentials: 'same-origin', ...options });
  } catch {
    throw new OfflineError();
  }
  if (response.status === 401) throw new ExpiredError();
  if (response.status >= 500) throw new ServerError(response.status);
  return response;
}

// The API takes a change sent with the sign-in cookie only with the antiforgery token in a header (another site's
// form cannot send it): asked for afresh before each round, so a page kept on the phone never sends a stale one.
async function forgeryHeader() {
  const response = await call('/account/antiforgery', { cache: 'no-store' });
  if (!response.ok) throw new ServerError(response.status);
  const { headerName, token } = await response.json();
  return { [headerName]: token };
}

async function sendWith(method, url, body, forgery) {
  const response = await call(url, {
    method,
    headers: { ...forgery, ...(body instanceof FormData ? {} : { 'Content-Type': 'application/json' }) },
    body: body instanceof FormData ? body : body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    let messages = [];
    try {
      const problem = await response.json();
      messages = Object.values(problem.errors ?? {}).flat();
    } catch { /* not a problem document */ }
    throw new RefusedError(response.status, messages);
  }
  return response.json();
}

// An answer changed again while it was being sent keeps its newer value in the outbox.
async function removeIfUnchanged(sent) {
  const current = (await outbox.of(sent.recordId)).find(o => o.key === sent.key);
  if (current && current.seq === sent.seq) await outbox.remove(sent.key);
}

/**
 * Sends what waits for one record, in the order it was done, and stops at the first step that cannot be sent now.
 * Returns { sent: steps stored, shaped: those of them that change what the page shows (not answers or notes),
 * refused: [{ messages, status, finish }], blocked: the error that stopped it, or null }.
 */
async function sendPending(recordId) {
  const base = `/api/inspections/${recordId}`;
  const result = { sent: 0, shaped: 0, refused: [], blocked: null };
  const settle = async (ops, attempt) => {
    try {
      const answer = await attempt();
      for (const o of ops) {
        if (o.kind === 'answer' || o.kind === 'notes') await sent.keep(o);
        await removeIfUnchanged(o);
      }
      result.sent += ops.length;
      result.shaped += ops.filter(o => o.kind !== 'answer' && o.kind !== 'notes').length;
      return answer;
    } catch (error) {
      if (!(error instanceof RefusedError)) throw error;
      for (const o of ops) await removeIfUnchanged(o);
      result.refused.push({ messages: error.messages, status: error.status, finish: ops.some(o => o.kind === 'finish') });
      return null;
    }
  };
  try {
    const ops = await outbox.of(recordId);
    if (!ops.length) return result;
    const forgery = await forgeryHeader();
    const send = (method, url, body) => sendWith(method, url, body, forgery);
    const answers = ops.filter(o => o.kind === 'answer');
    if (answers.length) await settle(answers, () => send('PUT', `${base}/answers`, answers.map(a => a.payload)));
    for (const o of ops.filter(x => x.kind === 'notes')) await settle([o], () => send('PUT', `${base}/notes`, o.payload));
    for (const o of (await outbox.of(recordId)).filter(x => x.kind !== 'answer' && x.kind !== 'notes')) {
      if (o.kind === 'finding') {
        const detail = await settle([o], () => send('POST', `${base}/findings`, { ...o.payload, clientKey: o.clientKey }));
        const stored = detail?.findings.find(f => f.clientKey === o.clientKey);
        await linkPhotos(recordId, o.payload.clientId, stored ? stored.id : null);
      } else if (o.kind === 'evidence') {
        // As it is now: its finding, sent earlier in this round, may have given it the finding's number.
        const photo = (await outbox.of(recordId)).find(x => x.key === o.key) ?? o;
        const form = new FormData();
        form.append('file', photo.payload.blob, photo.payload.name);
        form.append('clientKey', photo.clientKey);
        if (photo.payload.findingId) form.append('findingId', String(photo.payload.findingId));
        await settle([photo], () => send('POST', `${base}/evidence`, form));
      } else if (o.kind === 'sign') {
        await settle([o], () => send('POST', `${base}/signatures`, { ...o.payload, signedAt: o.at }));
      } else if (o.kind === 'finish') {
        await settle([o], () => send('POST', `${base}/finish`, { finishedAt: o.at }));
      }
    }
  } catch (error) {
    result.blocked = error;
  }
  return result;
}

// A photo taken with a finding that was still on the phone learns the finding's number once the finding is stored;
// written into the outbox, so a reload between the two loses nothing. A finding refused leaves its photos on the record.
async function linkPhotos(recordId, clientId, findingId) {
  for (const photo of (await outbox.of(recordId)).filter(o => o.kind === 'evidence' && o.payload.findingClientId === clientId)) {
    await outbox.put({ ...photo, payload: { ...photo.payload, findingClientId: undefined, findingId: findingId ?? undefined } });
  }
}

function texts(element) {
  const all = JSON.parse(element.dataset.texts ?? '{}');
  return (key, ...args) => (all[key] ?? key).replace(/\{(\d)\}/g, (_, i) => args[Number(i)]);
}

function describe(error, text) {
  if (error instanceof ExpiredError) return text('expired');
  if (error instanceof ServerError) return text('server', error.status);
  return null;
}

function refusalText(refusal, text) {
  const messages = refusal.messages.length ? refusal.messages
    : [refusal.status === 403 ? text('forbidden') : refusal.status === 404 ? text('notFound') : refusal.status === 413 ? text('tooLarge') : String(refusal.status)];
  return messages.join('；');
}

class InspectionForm extends HTMLElement {
  connectedCallback() {
    this.recordId = Number(this.dataset.id);
    // The day's list too, as it is now: it names this record among those under way.
    keepForOffline(['/inspections']);
    if (this.dataset.editable !== 'true') return;
    // The page's buttons come disabled, so that a tap made before this script runs is not silently lost.
    for (const button of this.querySelectorAll('button[data-action]')) button.disabled = false;
    if (this.wired === this.recordId) return;
    this.wired = this.recordId;
    this.text = texts(this);
    this.showRefusal();
    this.addEventListener('change', event => this.onChange(event));
    this.addEventListener('click', event => this.onClick(event));
    this.addEventListener('focusout', () => setTimeout(() => this.reloadWhenIdle(), 400));
    this.onlineListener = () => this.flush();
    window.addEventListener('online', this.onlineListener);
    this.timer = setInterval(() => this.flush(), RETRY_MS);
    this.restore().then(() => this.flush());
  }

  disconnectedCallback() {
    window.removeEventListener('online', this.onlineListener);
    clearInterval(this.timer);
    this.wired = undefined;
  }

  op(kind, payload, key) {
    return { ...op(this.recordId, kind, payload, key), number: this.dataset.number };
  }

  status(message, kind) {
    const line = this.querySelector('[data-sync]');
    if (!line) return;
    line.textContent = message;
    line.dataset.state = kind;
  }

  // A step refused just before the page reloaded to show the others: its reason is shown once after the reload.
  showRefusal() {
    const key = `yaojian.refused.${this.recordId}`;
    const stored = sessionStorage.getItem(key);
    if (!stored) return;
    sessionStorage.removeItem(key);
    const refusals = JSON.parse(stored);
    const errors = this.querySelector('[data-finish-errors]');
    const finish = refusals.filter(r => r.finish).map(r => refusalText(r, this.text)).join('；');
    const others = refusals.filter(r => !r.finish).map(r => refusalText(r, this.text)).join('；');
    if (finish && errors) errors.textContent = finish;
    if (others) this.status(this.text('refused', others), 'error');
  }

  // Answers and notes typed before a reload, or before the network dropped, are shown again as they were typed.
  async restore() {
    const ops = await outbox.of(this.recordId);
    // A copy kept on the phone shows the record as it was when kept: what was sent since is put back first, then what
    // still waits. A page from the server holds all that was sent.
    const offlineCopy = document.documentElement.dataset.offlineCopy === 'true';
    const kept = offlineCopy ? await sent.of(this.recordId) : [];
    if (!offlineCopy) await sent.forget(this.recordId);
    for (const o of [...kept, ...ops].filter(x => x.kind === 'answer')) {
      const radio = this.querySelector(`input[type=radio][name="answer-${CSS.escape(o.payload.itemId)}"][value="${o.payload.result}"]`);
      if (radio) radio.checked = true;
      const note = this.querySelector(`textarea[name="note-${CSS.escape(o.payload.itemId)}"]`);
      if (note && o.payload.note != null) note.value = o.payload.note;
    }
    for (const o of [...kept, ...ops].filter(x => x.kind === 'notes')) {
      this.querySelector('[name=record-notes]').value = o.payload.notes ?? '';
      this.querySelector('[name=representative-opinion]').value = o.payload.representativeOpinion ?? '';
    }
    this.countAnswers();
    this.showPending(ops);
  }

  showPending(ops) {
    const findings = this.querySelector('[data-pending-findings]');
    if (findings) {
      findings.replaceChildren(...ops.filter(o => o.kind === 'finding').map(o => {
        const item = document.createElement('p');
        item.className = 'pending';
        const photos = ops.filter(p => p.kind === 'evidence' && p.payload.findingClientId === o.payload.clientId).length;
        item.textContent = this.text('pendingFinding', o.payload.description) + (photos ? this.text('pendingPhotos', photos) : '');
        return item;
      }));
    }
    const files = this.querySelector('[data-pending-evidence]');
    const count = ops.filter(o => o.kind === 'evidence' && !o.payload.findingClientId).length;
    if (files) files.textContent = count ? this.text('pendingEvidence', count) : '';
  }

  // The heading's "已答 n/m" follows the taps, before anything reaches the server.
  countAnswers() {
    const counter = this.querySelector('[data-answered]');
    const items = [...this.querySelectorAll('[data-item]')];
    if (counter) counter.textContent = this.text('answered', items.filter(i => i.querySelector('input[type=radio]:checked')).length, items.length);
  }

  answerOf(itemId) {
    const checked = this.querySelector(`input[type=radio][name="answer-${CSS.escape(itemId)}"]:checked`);
    const note = this.querySelector(`textarea[name="note-${CSS.escape(itemId)}"]`);
    return { itemId, result: checked ? Number(checked.value) : null, note: note ? note.value : null };
  }

  async onChange(event) {
    const target = event.target;
    if (target.dataset.findingFiles !== undefined) {
      const chosen = [...this.querySelectorAll('[data-finding-files]')].reduce((n, input) => n + input.files.length, 0);
      const count = this.querySelector('[data-photo-count]');
      if (count) count.textContent = chosen ? this.text('photos', chosen) : '';
      return;
    }
    const item = target.closest('[data-item]');
    if (item && (target.type === 'radio' || target.tagName === 'TEXTAREA')) {
      const itemId = item.dataset.item;
      await outbox.put(this.op('answer', this.answerOf(itemId), `answer:${this.recordId}:${itemId}`));
      this.countAnswers();
      if (target.type === 'radio' && target.value === '2') this.suggestFinding(itemId);
      this.flush();
      return;
    }
    if (target.name === 'record-notes' || target.name === 'representative-opinion') {
      const payload = { notes: this.querySelector('[name=record-notes]').value, representativeOpinion: this.querySelector('[name=representative-opinion]').value };
      await outbox.put(this.op('notes', payload, `notes:${this.recordId}`));
      this.flush();
      return;
    }
    if (target.type === 'file' && target.dataset.evidenceFor !== undefined) {
      await this.queueFiles(target.files, target.dataset.evidenceFor ? { findingId: Number(target.dataset.evidenceFor) } : {});
      target.value = '';
      this.flush();
    }
  }

  // A "does not conform" answer opens the finding form on that item, as the inspector writes it up next.
  suggestFinding(itemId) {
    const form = this.querySelector('[data-testid=add-finding]');
    const select = this.querySelector('select[name=finding-item]');
    if (form) form.open = true;
    if (select) select.value = itemId;
  }

  async queueFiles(files, link) {
    for (const file of Array.from(files ?? [])) {
      const blob = await shrink(file);
      await outbox.put(this.op('evidence', { ...link, name: blob.name || file.name, blob }));
    }
  }

  async onClick(event) {
    const button = event.target.closest('[data-action]');
    if (!button) return;
    const action = button.dataset.action;
    if (action === 'add-finding') {
      const description = this.querySelector('[name=finding-description]').value.trim();
      if (!description) {
        this.status(this.text('needDescription'), 'error');
        return;
      }
      const clientId = newKey();
      await outbox.put(this.op('finding', {
        clientId,
        itemId: this.querySelector('[name=finding-item]').value || null,
        severity: Number(this.querySelector('[name=finding-severity]').value),
        description,
      }));
      for (const input of this.querySelectorAll('[data-finding-files]')) {
        await this.queueFiles(input.files, { findingClientId: clientId });
        input.value = '';
      }
      this.querySelector('[data-photo-count]')?.replaceChildren();
      this.querySelector('[name=finding-description]').value = '';
    } else if (action === 'sign') {
      const name = button.dataset.name ?? this.querySelector('[name=representative-name]').value.trim();
      if (!name) {
        this.status(this.text('needSigner'), 'error');
        return;
      }
      await outbox.put(this.op('sign', { role: Number(button.dataset.role), signerName: name }));
      button.disabled = true;
    } else if (action === 'finish') {
      await outbox.put(this.op('finish', {}));
    }
    this.flush();
  }

  // While an officer is typing or has photos chosen, the page is not reloaded under their fingers: later, when idle.
  busy() {
    const active = document.activeElement;
    if (active && this.contains(active) && /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName) && active.type !== 'radio') return true;
    if (this.querySelector('[name=finding-description]')?.value.trim()) return true;
    return [...this.querySelectorAll('[data-finding-files]')].some(input => input.files.length > 0);
  }

  reloadWhenIdle() {
    if (this.reloadWanted && !this.busy() && !this.flushing) location.reload();
  }

  async flush() {
    if (this.flushing) {
      this.again = true;
      return;
    }
    this.flushing = true;
    try {
      do {
        this.again = false;
        await this.sendRound();
      } while (this.again);
    } finally {
      this.flushing = false;
    }
    this.reloadWhenIdle();
  }

  async sendRound() {
    let ops = await outbox.of(this.recordId);
    this.showPending(ops);
    if (ops.length === 0) {
      if (!this.reloadWanted) this.status(this.text('saved'), 'saved');
      return;
    }
    if (!navigator.onLine) {
      this.status(this.text('offline', ops.length), 'offline');
      return;
    }
    this.status(this.text('sending'), 'sending');
    const result = await sendPending(this.recordId);
    ops = await outbox.of(this.recordId);
    this.showPending(ops);
    // A finding, a photo, a signature or the finish change what the page shows, which a reload brings in.
    const shapeChanged = result.shaped > 0;
    if (result.refused.length) {
      sessionStorage.setItem(`yaojian.refused.${this.recordId}`, JSON.stringify(result.refused));
      if (!shapeChanged) this.showRefusal();
    }
    if (result.blocked) {
      this.status(describe(result.blocked, this.text) ?? this.text('offline', ops.length), 'offline');
    } else if (!result.refused.length) {
      this.status(this.text(shapeChanged ? 'refreshing' : 'saved'), 'saved');
    }
    if (shapeChanged) this.reloadWanted = true;
  }
}

customElements.define('yj-inspection', InspectionForm);

// On the list page: what records left waiting on this phone (a record not opened again since the cellar) is sent too.
class OutboxStatus extends HTMLElement {
  async connectedCallback() {
    this.text = texts(this);
    // The day's records not yet finished, so that each opens in a cellar even if it was not opened since.
    keepForOffline([...document.querySelectorAll('[data-keep-offline] a[href^="/inspections/"]')].map(a => a.getAttribute('href')));
    await this.sendAll();
    window.addEventListener('online', () => this.sendAll());
  }

  async sendAll() {
    const waiting = [...new Set((await outbox.everything()).map(o => o.recordId))];
    if (navigator.onLine) {
      for (const recordId of waiting) await sendPending(recordId);
    }
    const left = [...new Map((await outbox.everything()).map(o => [o.recordId, o.number ?? `#${o.recordId}`])).entries()];
    this.replaceChildren();
    if (!left.length) return;
    const line = document.createElement('p');
    line.className = 'notice';
    line.append(this.text('waiting', left.length), ' ');
    for (const [recordId, number] of left) {
      const link = document.createElement('a');
      link.href = `/inspections/${recordId}`;
      link.dataset.enhanceNav = 'false';
      link.textContent = number;
      line.append(link, ' ');
    }
    this.append(line);
  }
}

customElements.define('yj-outbox', OutboxStatus);

forgetOnSignIn();
