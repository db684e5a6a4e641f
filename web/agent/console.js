/* global document, window, fetch, EventSource */
// The agent console: plain DOM, no framework, no CDN. Every text from the server goes in through
// textContent, never as HTML.

const API = '/api/agent';
const QUEUE_REFRESH_MS = 3000;

const state = { csrf: null, agent: null, caseId: null, stream: null, seen: new Set(), queueTimer: null };

const $ = (id) => document.getElementById(id);

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

function notice(message) {
  $('notice').textContent = message || '';
}

async function call(method, path, body) {
  const headers = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && state.csrf) headers['x-csrf-token'] = state.csrf;
  const response = await fetch(API + path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = response.status === 204 ? '' : await response.text();
  let data = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch (error) {
      data = { error: `unreadable answer (${error.message})` };
    }
  }
  if (response.status === 401 && path !== '/session') showSignIn('Your session has ended. Please sign in again.');
  return { status: response.status, data };
}

const ERRORS = {
  'already-claimed': 'Another agent has just claimed this case.',
  'case-not-waiting': 'This case is no longer waiting.',
  'case-not-active': 'This chat has already ended.',
  'not-your-case': 'This case belongs to another agent.',
  'invalid-credentials': 'E-mail or password is not right.',
  'forbidden-role': 'This console is for support agents. Reviewers and finance staff use the operations console at /ops.',
  'too-many-attempts': 'Too many attempts. Please wait a few minutes.',
  csrf: 'The page is out of date. Please reload it.',
};

function explain(result) {
  const code = result.data && result.data.error;
  return ERRORS[code] || `Something went wrong (${code || result.status}).`;
}

function minutesSince(iso) {
  const minutes = Math.max(0, Math.round((Date.now() - new Date(iso).getTime()) / 60000));
  return minutes < 1 ? 'just now' : `${minutes} min`;
}

function clock(iso) {
  return new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

// ---- sign-in ---------------------------------------------------------------------------------

async function showSignIn(message) {
  stopStream();
  if (state.queueTimer) window.clearInterval(state.queueTimer);
  state.queueTimer = null;
  state.agent = null;
  $('console').hidden = true;
  $('whoami').hidden = true;
  $('signin').hidden = false;
  $('signin-error').textContent = message || '';
  const result = await call('GET', '/csrf');
  state.csrf = result.data && result.data.csrfToken;
  $('email').focus();
}

async function signIn(event) {
  event.preventDefault();
  const email = $('email').value.trim();
  const password = $('password').value;
  if (!email || !password) {
    $('signin-error').textContent = 'Please enter your e-mail and password.';
    return;
  }
  $('signin-submit').disabled = true;
  const result = await call('POST', '/session', { email, password });
  $('signin-submit').disabled = false;
  if (result.status !== 200) {
    $('signin-error').textContent = explain(result);
    if (result.data && result.data.error === 'csrf') await showSignIn(explain(result));
    return;
  }
  $('password').value = '';
  startConsole(result.data);
}

async function signOut() {
  await call('POST', '/sign-out');
  state.csrf = null;
  await showSignIn('You are signed out.');
}

function startConsole(session) {
  state.agent = session.agent;
  state.csrf = session.csrfToken;
  $('signin').hidden = true;
  $('console').hidden = false;
  $('whoami').hidden = false;
  $('agent-name').textContent = `Signed in as ${session.agent.displayName}`;
  refreshQueue();
  state.queueTimer = window.setInterval(refreshQueue, QUEUE_REFRESH_MS);
}

// ---- the queue -------------------------------------------------------------------------------

async function refreshQueue() {
  const result = await call('GET', '/queue');
  if (result.status !== 200) return;
  const { queued, mine } = result.data;
  const body = $('queue-body');
  body.replaceChildren(
    ...queued.map((c) => {
      const row = el('tr');
      row.append(
        el('td', c.position),
        el('td', `${c.memberName || 'Member'} (${c.language})`),
        el('td', c.reasonLabel || '—'),
        el('td', c.tier || '—'),
        el('td', minutesSince(c.queuedAt)),
      );
      const actions = el('td');
      const open = el('button', 'View');
      open.type = 'button';
      open.setAttribute('aria-label', `View case of ${c.memberName || 'member'} at position ${c.position}`);
      open.addEventListener('click', () => openCase(c.id));
      const claim = el('button', 'Claim');
      claim.type = 'button';
      claim.dataset.claim = c.id;
      claim.setAttribute('aria-label', `Claim case of ${c.memberName || 'member'} at position ${c.position}`);
      claim.addEventListener('click', () => claimCase(c.id));
      actions.append(open, ' ', claim);
      row.append(actions);
      return row;
    }),
  );
  $('queue-table').hidden = queued.length === 0;
  $('queue-empty').hidden = queued.length > 0;
  $('mine-list').replaceChildren(
    ...mine.map((c) => {
      const item = el('li');
      const open = el('button', `${c.memberName || 'Member'} (${c.language}) – ${c.reasonLabel || 'chat'}`);
      open.type = 'button';
      open.addEventListener('click', () => openCase(c.id));
      item.append(open);
      return item;
    }),
  );
  $('mine-empty').hidden = mine.length > 0;
}

// ---- one case --------------------------------------------------------------------------------

const FIELD_LABELS = { serialNumber: 'serial number', purchaseDate: 'purchase date', purchaseCountry: 'country of purchase', dealer: 'dealer' };

function snapshotFacts(s, topic) {
  const facts = [];
  const add = (title, value) => facts.push([title, value === null || value === undefined || value === '' ? '—' : String(value)]);
  add('Member', s.member && s.member.displayName);
  add('Language', s.language);
  add('Country', s.country);
  add('Topic', topic || s.reason);
  add('Application', s.application ? `${s.application.status} (${s.application.reference})${s.application.companyName ? `, ${s.application.companyName}` : ''}` : 'none');
  add('Business account', s.business ? `${s.business.companyName} (${s.business.country})${s.business.oldCpsEmailGiven ? ', old CPS e-mail given' : ''}` : 'none');
  const products = Array.isArray(s.products) ? s.products : [];
  add(
    'Products',
    products.length === 0
      ? 'none'
      : products
          .map((p) => `${p.model}${p.serialNumber ? ` ${p.serialNumber}` : ''}: ${p.complete ? 'complete' : `missing ${p.missing.map((f) => FIELD_LABELS[f] || f).join(', ')}`}`)
          .join('\n'),
  );
  add('Points', s.points);
  add('Tiers open', Array.isArray(s.eligibleTiers) && s.eligibleTiers.length > 0 ? s.eligibleTiers.join(', ') : 'none yet');
  add('Membership', s.membership ? `${s.membership.tierName} (${s.membership.status}), no. ${s.membership.membershipNumber}` : 'none');
  add('Payment choice', s.paymentChoice);
  add('Last step', s.dialogStep);
  const recent = Array.isArray(s.recentInputs) ? s.recentInputs : [];
  add('Recent input', recent.length === 0 ? null : recent.map((r) => `${clock(r.at)} ${r.text}`).join('\n'));
  return facts;
}

function renderCase(view) {
  const c = view.case;
  $('case').hidden = false;
  $('case-title').textContent = `Case: ${c.memberName || 'Member'} (${c.language})`;
  const status = c.status === 'queued' ? `Waiting, position ${c.position}` : c.status === 'active' ? `Active – ${c.agentName || 'agent'}` : `Ended (${c.status}${c.resolution ? `: ${c.resolution}` : ''})`;
  $('case-status').textContent = status + (c.csatRating ? ` – rated ${c.csatRating}/5` : '');
  $('claim').hidden = !view.canClaim;
  $('reply-form').hidden = !view.canReply;
  $('close-form').hidden = !view.canReply;
  $('snapshot').replaceChildren(...snapshotFacts(view.snapshot, c.reasonLabel).flatMap(([title, value]) => [el('dt', title), el('dd', value)]));
  state.seen = new Set();
  $('transcript').replaceChildren();
  view.transcript.forEach(appendLine);
}

function appendLine(line) {
  if (state.seen.has(line.id)) return;
  state.seen.add(line.id);
  const item = el('li', null, line.sender);
  const who = line.sender === 'agent' ? line.agentName || 'Agent' : line.sender === 'member' ? 'Member' : 'System';
  const time = el('time', clock(line.at));
  time.dateTime = line.at;
  item.append(time, el('span', `${who}:`, 'who'), el('span', line.text));
  const list = $('transcript');
  list.append(item);
  list.scrollTop = list.scrollHeight;
}

async function openCase(id) {
  const result = await call('GET', `/cases/${id}`);
  if (result.status !== 200) {
    notice(explain(result));
    return;
  }
  state.caseId = id;
  renderCase(result.data);
  follow(id);
}

async function claimCase(id) {
  const result = await call('POST', `/cases/${id}/claim`);
  if (result.status !== 200) {
    notice(explain(result));
    refreshQueue();
    return;
  }
  notice('Case claimed. The member has been told you are here.');
  state.caseId = id;
  renderCase(result.data);
  follow(id);
  refreshQueue();
  $('reply-text').focus();
}

function stopStream() {
  if (state.stream) state.stream.close();
  state.stream = null;
}

function follow(id) {
  stopStream();
  const stream = new EventSource(`${API}/cases/${id}/events`);
  state.stream = stream;
  stream.addEventListener('message', (event) => {
    if (state.caseId === id) appendLine(JSON.parse(event.data));
  });
  stream.addEventListener('case', (event) => {
    const change = JSON.parse(event.data);
    if (state.caseId !== id) return;
    if (change.status === 'closed' || change.status === 'cancelled' || (change.agentId && state.agent && change.agentId !== state.agent.id)) {
      $('reply-form').hidden = true;
      $('close-form').hidden = true;
      $('claim').hidden = true;
    }
    if (change.status === 'closed' || change.status === 'cancelled') $('case-status').textContent = `Ended (${change.status})`;
  });
  stream.addEventListener('gone', () => {
    notice('This case is no longer available to you.');
    stopStream();
  });
  stream.addEventListener('signed-out', () => {
    stopStream();
    showSignIn('Your session has ended. Please sign in again.');
  });
}

async function sendReply(event) {
  event.preventDefault();
  const text = $('reply-text').value.trim();
  if (!text || !state.caseId) return;
  $('reply-send').disabled = true;
  const result = await call('POST', `/cases/${state.caseId}/messages`, { text });
  $('reply-send').disabled = false;
  if (result.status !== 201) {
    notice(explain(result));
    return;
  }
  $('reply-text').value = '';
  $('reply-text').focus();
}

async function closeCase(event) {
  event.preventDefault();
  const resolution = $('close-resolution').value.trim();
  if (!resolution || !state.caseId) {
    notice('Please write a short resolution before closing.');
    return;
  }
  const result = await call('POST', `/cases/${state.caseId}/close`, { resolution });
  if (result.status !== 200) {
    notice(explain(result));
    return;
  }
  $('close-resolution').value = '';
  notice('Case closed. The member has been asked to rate the chat.');
  openCase(state.caseId);
  refreshQueue();
}

async function start() {
  $('signin-form').addEventListener('submit', signIn);
  $('signout').addEventListener('click', signOut);
  $('reply-form').addEventListener('submit', sendReply);
  $('close-form').addEventListener('submit', closeCase);
  $('claim').addEventListener('click', () => state.caseId && claimCase(state.caseId));
  const session = await call('GET', '/session');
  if (session.status === 200) startConsole(session.data);
  else await showSignIn();
}

start();
