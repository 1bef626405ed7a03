// The on-site inspection form (现场检查). Every answer, finding, photo and signature goes first into an outbox in
// IndexedDB, then to the JSON API; what cannot be sent (no network in a cellar, a session that expired) stays on the
// phone and is sent when the connection is back. Nothing typed is lost by a reload either: pending answers are put
// back into the form when the page opens.
const DB_NAME = 'yaojian-outbox';
const STORE = 'ops';
const RETRY_MS = 15000;
const MAX_PHOTO_SIDE = 2000;

function openDb() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'key' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function withStore(mode, work) {
  const db = await openDb();
  try {
    return await new Promise((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const result = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(result && 'result' in result ? result.result : undefined);
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
  all: async inspectionId => {
    const ops = await withStore('readonly', store => store.getAll());
    return ops.filter(op => op.inspectionId === inspectionId).sort((a, b) => a.seq - b.seq);
  },
};

let sequence = Date.now();
const nextSeq = () => ++sequence;

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
class RefusedError extends Error {
  constructor(messages) {
    super(messages.join('；'));
    this.messages = messages;
  }
}

async function send(method, url, body) {
  let response;
  try {
    response = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers: body instanceof FormData ? {} : { 'Content-Type': 'application/json' },
      body: body instanceof FormData ? body : body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new OfflineError();
  }
  if (response.status === 401) throw new ExpiredError();
  if (response.status >= 500) throw new OfflineError();
  if (!response.ok) {
    let messages = [];
    try {
      const problem = await response.json();
      messages = Object.values(problem.errors ?? {}).flat();
    } catch { /* not a problem document */ }
    throw new RefusedError(messages.length ? messages : [String(response.status)]);
  }
  return response.json();
}

class InspectionForm extends HTMLElement {
  connectedCallback() {
    this.recordId = Number(this.dataset.id);
    if (this.dataset.editable !== 'true' || this.wired === this.recordId) return;
    this.wired = this.recordId;
    this.texts = JSON.parse(this.dataset.texts ?? '{}');
    this.showRefusal();
    this.addEventListener('change', event => this.onChange(event));
    this.addEventListener('click', event => this.onClick(event));
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

  // A step refused just before the page reloaded to show the others: its reason is shown once after the reload.
  showRefusal() {
    const key = `yaojian.refused.${this.recordId}`;
    const stored = sessionStorage.getItem(key);
    if (!stored) return;
    sessionStorage.removeItem(key);
    const { messages, finish } = JSON.parse(stored);
    const errors = this.querySelector('[data-finish-errors]');
    if (finish && errors) errors.textContent = messages.join('；');
    else this.status(this.text('refused', messages.join('；')), 'error');
  }

  text(key, ...args) {
    return (this.texts[key] ?? key).replace(/\{(\d)\}/g, (_, i) => args[Number(i)]);
  }

  status(message, kind) {
    const line = this.querySelector('[data-sync]');
    if (!line) return;
    line.textContent = message;
    line.dataset.state = kind;
  }

  // Answers typed before a reload, or before the network dropped, are shown again as they were typed.
  async restore() {
    const ops = await outbox.all(this.recordId);
    for (const op of ops.filter(o => o.kind === 'answer')) {
      const radio = this.querySelector(`input[type=radio][name="answer-${CSS.escape(op.payload.itemId)}"][value="${op.payload.result}"]`);
      if (radio) radio.checked = true;
      const note = this.querySelector(`textarea[name="note-${CSS.escape(op.payload.itemId)}"]`);
      if (note && op.payload.note != null) note.value = op.payload.note;
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
        item.textContent = this.text('pendingFinding', o.payload.description);
        return item;
      }));
    }
    const photos = this.querySelector('[data-pending-evidence]');
    const count = ops.filter(o => o.kind === 'evidence').length;
    if (photos) photos.textContent = count ? this.text('pendingEvidence', count) : '';
  }

  answerOf(itemId) {
    const checked = this.querySelector(`input[type=radio][name="answer-${CSS.escape(itemId)}"]:checked`);
    const note = this.querySelector(`textarea[name="note-${CSS.escape(itemId)}"]`);
    return { itemId, result: checked ? Number(checked.value) : null, note: note ? note.value : null };
  }

  // The heading's "已答 n/m" follows the taps, before anything reaches the server.
  countAnswers() {
    const counter = this.querySelector('[data-answered]');
    const items = [...this.querySelectorAll('[data-item]')];
    if (counter) counter.textContent = this.text('answered', items.filter(i => i.querySelector('input[type=radio]:checked')).length, items.length);
  }

  async onChange(event) {
    const target = event.target;
    if (target.name === 'finding-photo') {
      const count = this.querySelector('[data-photo-count]');
      if (count) count.textContent = target.files.length ? this.text('photos', target.files.length) : '';
      return;
    }
    const item = target.closest('[data-item]');
    if (item && (target.type === 'radio' || target.tagName === 'TEXTAREA')) {
      const itemId = item.dataset.item;
      await outbox.put({ key: `answer:${this.recordId}:${itemId}`, inspectionId: this.recordId, kind: 'answer', seq: nextSeq(), payload: this.answerOf(itemId) });
      this.countAnswers();
      if (target.type === 'radio' && target.value === '2') this.suggestFinding(itemId);
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
      await outbox.put({ key: `op:${this.recordId}:${nextSeq()}`, inspectionId: this.recordId, kind: 'evidence', seq: nextSeq(), payload: { ...link, name: blob.name || file.name, blob } });
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
      const clientId = `f${nextSeq()}`;
      await outbox.put({
        key: `op:${this.recordId}:${nextSeq()}`, inspectionId: this.recordId, kind: 'finding', seq: nextSeq(),
        payload: { clientId, itemId: this.querySelector('[name=finding-item]').value || null, severity: Number(this.querySelector('[name=finding-severity]').value), description },
      });
      const photos = this.querySelector('[name=finding-photo]');
      await this.queueFiles(photos.files, { findingClientId: clientId });
      photos.value = '';
      this.querySelector('[data-photo-count]')?.replaceChildren();
      this.querySelector('[name=finding-description]').value = '';
    } else if (action === 'sign') {
      const name = button.dataset.name ?? this.querySelector('[name=representative-name]').value.trim();
      if (!name) {
        this.status(this.text('needSigner'), 'error');
        return;
      }
      await outbox.put({ key: `op:${this.recordId}:${nextSeq()}`, inspectionId: this.recordId, kind: 'sign', seq: nextSeq(), payload: { role: Number(button.dataset.role), signerName: name } });
      button.disabled = true;
    } else if (action === 'finish') {
      await outbox.put({ key: `op:${this.recordId}:${nextSeq()}`, inspectionId: this.recordId, kind: 'finish', seq: nextSeq(), payload: {} });
    }
    this.flush();
  }

  async flush() {
    if (this.flushing) {
      this.again = true;
      return;
    }
    this.flushing = true;
    let changed = false;
    try {
      do {
        this.again = false;
        changed = (await this.sendPending()) || changed;
      } while (this.again);
      if (this.refused) {
        sessionStorage.setItem(`yaojian.refused.${this.recordId}`, JSON.stringify(this.refused));
        this.refused = undefined;
        if (!changed) this.showRefusal();
      }
      if (changed) {
        location.reload();
      }
    } finally {
      this.flushing = false;
    }
  }

  /** Sends what waits, in the order it was done; returns whether the record changed shape (reload to show it). */
  async sendPending() {
    const ops = await outbox.all(this.recordId);
    this.showPending(ops);
    if (ops.length === 0) {
      this.status(this.text('saved'), 'saved');
      return false;
    }
    if (!navigator.onLine) {
      this.status(this.text('offline', ops.length), 'offline');
      return false;
    }
    this.status(this.text('sending'), 'sending');
    const base = `/api/inspections/${this.recordId}`;
    const findingIds = {};
    let changed = false;
    try {
      const answers = ops.filter(o => o.kind === 'answer');
      if (answers.length) {
        await this.settle(answers, () => send('PUT', `${base}/answers`, answers.map(a => a.payload)));
      }
      for (const op of ops.filter(o => o.kind !== 'answer')) {
        if (op.kind === 'finding') {
          const before = new Set([...this.querySelectorAll('[data-finding]')].map(f => Number(f.dataset.finding)));
          const detail = await this.settle([op], () => send('POST', `${base}/findings`, { itemId: op.payload.itemId, severity: op.payload.severity, description: op.payload.description }));
          const added = detail?.findings.map(f => f.id).filter(id => !before.has(id) && !Object.values(findingIds).includes(id)).pop();
          if (added) findingIds[op.payload.clientId] = added;
        } else if (op.kind === 'evidence') {
          const form = new FormData();
          form.append('file', op.payload.blob, op.payload.name);
          const findingId = op.payload.findingId ?? findingIds[op.payload.findingClientId];
          if (findingId) form.append('findingId', String(findingId));
          await this.settle([op], () => send('POST', `${base}/evidence`, form));
        } else if (op.kind === 'sign') {
          await this.settle([op], () => send('POST', `${base}/signatures`, op.payload));
        } else if (op.kind === 'finish') {
          await this.settle([op], () => send('POST', `${base}/finish`));
        }
        changed = changed || this.lastSettled;
      }
      if (!this.refused) this.status(this.text('saved'), 'saved');
    } catch (error) {
      if (error instanceof ExpiredError) {
        this.status(this.text('expired'), 'error');
      } else {
        this.status(this.text('offline', (await outbox.all(this.recordId)).length), 'offline');
      }
    }
    return changed;
  }

  /** Sends one step; a refused one is dropped with its reason shown, one that could not be sent stays for later. */
  async settle(ops, attempt) {
    this.lastSettled = false;
    try {
      const result = await attempt();
      for (const op of ops) await this.removeIfUnchanged(op);
      this.lastSettled = true;
      return result;
    } catch (error) {
      if (!(error instanceof RefusedError)) throw error;
      for (const op of ops) await this.removeIfUnchanged(op);
      this.refused = { messages: error.messages, finish: ops.some(o => o.kind === 'finish') };
      return null;
    }
  }

  // An answer changed again while it was being sent keeps its newer value in the outbox.
  async removeIfUnchanged(op) {
    const current = (await outbox.all(this.recordId)).find(o => o.key === op.key);
    if (current && current.seq === op.seq) await outbox.remove(op.key);
  }
}

customElements.define('yj-inspection', InspectionForm);
