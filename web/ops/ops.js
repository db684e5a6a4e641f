/* global document, window, fetch, URLSearchParams, Chart */
// The operations console: plain DOM, no framework, no CDN (Chart.js is served from the npm
// package). Every text from the server goes in through textContent, never as HTML.

import { showQuestions } from './questions.js';
import { showReference } from './reference.js';

const API = '/api/ops';
const PAGES = ['signin', 'home', 'forbidden', 'applications', 'application', 'funnel', 'finance', 'payments', 'legacy', 'staff', 'reference', 'questions'];
const STEP_NAMES = {
  started: 'Conversation started',
  applied: 'Application submitted',
  approved: 'Approved',
  'first-product': 'First product registered',
  'points-500': '500 points',
  invited: 'Invited to CPS',
  joined: 'Joined',
  paid: 'Paid',
};
const LANGUAGES = { da: 'Danish', sv: 'Swedish', nl: 'Dutch', en: 'English' };
const ERRORS = {
  'invalid-credentials': 'E-mail or password is not right.',
  'email-and-password-required': 'Please enter your e-mail and password.',
  'reason-required': 'A rejection needs a reason for the member.',
  'invalid-template': 'Please choose a standard reason from the list.',
  'unreadable-csv': 'This file is not readable as CSV.',
  'missing-columns': 'The file lacks columns',
  'too-many-rows': 'The file has more than 5,000 rows; please split it.',
  empty: 'The file is empty.',
  'not-a-statement': 'This is not a camt.053 or camt.054 bank statement.',
  malformed: 'The statement file is damaged (not well-formed XML).',
  'too-large': 'The statement is too large (over 5 MB).',
  'not-unmatched': 'This credit has been matched meanwhile.',
  currency: 'The credit and the invoice are in different currencies.',
  'not-under-review': 'This application has already been decided.',
  'decided-meanwhile': 'Someone else decided this application meanwhile.',
  'staff-exists': 'An account with this e-mail exists already.',
  'invalid-staff': 'Please check the marked fields.',
  'invalid-query': 'Please check the dates (from must not be after to, at most a year).',
  'forbidden-role': 'Your role does not give access to this.',
  csrf: 'The page is out of date. Please reload it.',
};

const state = { csrf: null, staff: null, areas: [], chart: null, flash: null, applicationId: null };
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

function explain(result) {
  const code = result.data && result.data.error;
  return ERRORS[code] || `Something went wrong (${code || result.status}).`;
}

async function call(method, path, body) {
  const headers = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && state.csrf) headers['x-csrf-token'] = state.csrf;
  const response = await fetch(API + path, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
  const text = response.status === 204 ? '' : await response.text();
  let data;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = { error: 'unreadable-answer' };
  }
  if (response.status === 401 && path !== '/session') showSignIn('Your session has ended. Please sign in again.');
  return { status: response.status, data };
}

function show(page) {
  for (const id of PAGES) $(id).hidden = id !== page;
  for (const link of document.querySelectorAll('.tabs a')) {
    if (link.getAttribute('href') === `#/${page}` || (page === 'application' && link.getAttribute('href') === '#/applications')) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

function day(iso) {
  return iso ? String(iso).slice(0, 10) : '–';
}

function duration(seconds) {
  if (seconds === null || seconds === undefined) return '–';
  if (seconds < 90) return `${seconds} s`;
  if (seconds < 5400) return `${Math.round(seconds / 60)} min`;
  if (seconds < 172800) return `${Math.round(seconds / 3600)} h`;
  return `${Math.round(seconds / 86400)} days`;
}

function facts(list, pairs) {
  list.replaceChildren();
  for (const [name, value, className] of pairs) {
    list.append(el('dt', name));
    list.append(el('dd', value === null || value === undefined || value === '' ? '–' : value, className));
  }
}

// ---- sign-in --------------------------------------------------------------------------------

function showSignIn(message) {
  state.staff = null;
  state.csrf = null;
  $('whoami').hidden = true;
  $('nav').hidden = true;
  show('signin');
  $('signin-error').textContent = message || '';
  void call('GET', '/csrf').then((result) => {
    if (result.status === 200) state.csrf = result.data.csrfToken;
  });
}

function signedIn(data) {
  state.staff = data.staff;
  state.areas = data.areas;
  state.csrf = data.csrfToken;
  $('staff-name').textContent = `Signed in as ${data.staff.displayName} (${data.staff.role})`;
  $('whoami').hidden = false;
  $('nav').hidden = false;
  for (const item of document.querySelectorAll('.tabs li')) item.hidden = !state.areas.includes(item.dataset.area);
  void route();
}

$('signin-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const result = await call('POST', '/session', { email: $('email').value, password: $('password').value });
  if (result.status !== 200) {
    $('signin-error').textContent = explain(result);
    return;
  }
  $('password').value = '';
  signedIn(result.data);
});

$('signout').addEventListener('click', async () => {
  await call('POST', '/sign-out');
  window.location.hash = '';
  showSignIn('You have signed out.');
});

// ---- applications ---------------------------------------------------------------------------

async function showApplications() {
  const result = await call('GET', '/applications');
  if (result.status === 403) return show('forbidden');
  if (result.status !== 200) return notice(explain(result));
  const rows = $('applications-rows');
  rows.replaceChildren();
  for (const application of result.data.applications) {
    const row = el('tr');
    row.append(el('td', application.companyName));
    row.append(el('td', application.country));
    row.append(el('td', application.vat.status === 'not-registered' ? 'not VAT registered' : application.vat.status === 'valid' ? 'checksum valid' : 'checksum fails', application.vat.status === 'invalid' ? 'bad' : ''));
    row.append(el('td', day(application.submittedAt)));
    row.append(el('td', application.overdue ? `${application.expectedDecisionDate} (overdue)` : application.expectedDecisionDate, application.overdue ? 'overdue' : ''));
    const open = el('td');
    const link = el('a', `Review ${application.reference}`);
    link.href = `#/applications/${application.id}`;
    open.append(link);
    row.append(open);
    rows.append(row);
  }
  $('applications-empty').hidden = result.data.applications.length > 0;
  show('applications');
}

function findingText(finding) {
  if (!finding) return 'not checked';
  const labels = { found: 'found in the document', different: 'the document says something else', unconfirmed: 'could not be confirmed', 'not-found': 'not found in the document' };
  return `${labels[finding.status] || finding.status}${finding.found ? `: ${finding.found}` : ''}`;
}

function renderDocument(document_) {
  const view = $('document-view');
  view.replaceChildren();
  if (!document_) {
    view.append(el('p', 'No document was uploaded.', 'muted'));
    return;
  }
  const title = `Document: ${document_.fileName || document_.documentType}`;
  if (document_.mediaType === 'application/pdf') {
    const frame = el('iframe', null, 'document');
    frame.src = document_.href;
    frame.title = title;
    view.append(frame);
  } else {
    const image = el('img', null, 'document');
    image.src = document_.href;
    image.alt = title;
    view.append(image);
  }
  view.append(el('p', `${document_.mediaType}, ${Math.ceil(document_.byteSize / 1024)} KB`, 'muted'));
}

async function showApplication(id) {
  const result = await call('GET', `/applications/${encodeURIComponent(id)}`);
  if (result.status === 403) return show('forbidden');
  if (result.status !== 200) return notice(explain(result));
  const a = result.data;
  state.applicationId = a.id;
  $('application-title').textContent = `Application ${a.reference}`;
  facts($('application-facts'), [
    ['Company', a.companyName],
    ['Address', a.address],
    ['Country', a.country],
    ['VAT registered', a.vatRegistered ? 'yes' : 'no'],
    ['VAT number', a.vatNumber],
    ['Document type', a.documentType],
    ['Authorised to act', a.authorised ? 'yes' : 'no'],
    ['Contact e-mail', a.contactEmail],
    ['Old CPS e-mail', a.oldCpsEmail],
    ['Submitted', day(a.submittedAt)],
    ['Decision due', a.overdue ? `${a.expectedDecisionDate} (overdue)` : a.expectedDecisionDate, a.overdue ? 'overdue' : ''],
    ['Status', a.status],
  ]);
  const check = a.documentCheck;
  facts($('application-checks'), [
    ['VAT checksum', a.vat.status === 'valid' ? 'valid' : a.vat.status === 'invalid' ? `fails (${a.vat.problem})` : 'not VAT registered', a.vat.status === 'invalid' ? 'bad' : a.vat.status === 'valid' ? 'ok' : ''],
    ['Document readable', check ? (check.readable ? 'yes' : 'no') : 'not read yet'],
    ['VAT number in document', check ? findingText(check.vatNumber) : 'not read yet'],
    ['Company name in document', check ? findingText(check.companyName) : 'not read yet'],
  ]);
  $('member-language').textContent = LANGUAGES[a.memberLanguage] || 'their language';
  $('decision-error').textContent = '';
  $('reason').value = '';
  $('reason-template').value = '';
  await loadTemplates();
  const pending = a.status === 'under-review';
  $('approve').disabled = !pending;
  $('reject').disabled = !pending;
  renderDocument(a.documents[0]);
  show('application');
}

async function loadTemplates() {
  const select = $('reason-template');
  if (select.options.length > 1) return;
  const result = await call('GET', '/applications/rejection-templates');
  if (result.status !== 200) return;
  for (const template of result.data.templates) {
    const option = el('option', template.text);
    option.value = template.id;
    select.append(option);
  }
}

async function decide(decision) {
  const body = decision === 'reject' ? { decision, template: $('reason-template').value, reason: $('reason').value } : { decision };
  const result = await call('POST', `/applications/${state.applicationId}/decision`, body);
  if (result.status !== 200) {
    $('decision-error').textContent = explain(result);
    return;
  }
  state.flash = decision === 'approve' ? 'Approved. The member is told in their language.' : 'Rejected. The member gets the reason in their chat.';
  window.location.hash = '#/applications';
}

$('approve').addEventListener('click', () => void decide('approve'));
$('reject').addEventListener('click', () => void decide('reject'));

// ---- funnel ---------------------------------------------------------------------------------

function drawFunnel(steps) {
  const labels = steps.map((s) => STEP_NAMES[s.id] || s.id);
  const counts = steps.map((s) => s.count);
  if (typeof Chart === 'undefined') return;
  if (state.chart) state.chart.destroy();
  state.chart = new Chart($('funnel-chart'), {
    type: 'bar',
    data: { labels, datasets: [{ label: 'Members', data: counts, backgroundColor: '#c00' }] },
    options: { indexAxis: 'y', animation: false, maintainAspectRatio: false, scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } },
  });
}

async function showFunnel() {
  if (!$('funnel-to').value) {
    const today = new Date();
    $('funnel-to').value = today.toISOString().slice(0, 10);
    $('funnel-from').value = new Date(today.getTime() - 29 * 86400000).toISOString().slice(0, 10);
  }
  const query = new URLSearchParams({ from: $('funnel-from').value, to: $('funnel-to').value });
  if ($('funnel-locale').value) query.set('locale', $('funnel-locale').value);
  if ($('funnel-country').value.trim()) query.set('country', $('funnel-country').value.trim());
  const result = await call('GET', `/funnel?${query}`);
  if (result.status === 403) return show('forbidden');
  $('funnel-error').textContent = result.status === 200 ? '' : explain(result);
  show('funnel');
  if (result.status !== 200) return;
  const rows = $('funnel-rows');
  rows.replaceChildren();
  for (const step of result.data.steps) {
    const row = el('tr');
    row.append(el('th', STEP_NAMES[step.id] || step.id));
    row.firstChild.scope = 'row';
    row.append(el('td', step.count));
    row.append(el('td', step.conversionFromPrevious === null ? '–' : `${Math.round(step.conversionFromPrevious * 1000) / 10} %`));
    row.append(el('td', duration(step.medianSecondsFromPrevious)));
    row.append(el('td', step.lastStepCount));
    rows.append(row);
  }
  drawFunnel(result.data.steps);
}

$('funnel-form').addEventListener('submit', (event) => {
  event.preventDefault();
  void showFunnel();
});

// ---- finance --------------------------------------------------------------------------------

async function showFinance() {
  const result = await call('GET', `/invoices?status=${encodeURIComponent($('invoice-status').value)}`);
  if (result.status === 403) return show('forbidden');
  if (result.status !== 200) return notice(explain(result));
  const rows = $('invoice-rows');
  rows.replaceChildren();
  for (const invoice of result.data.invoices) {
    const row = el('tr');
    for (const value of [invoice.number, invoice.companyName, invoice.tier, `${invoice.amount} ${invoice.currency}`, invoice.dueDate, invoice.method]) row.append(el('td', value));
    const cell = el('td');
    const view = el('button', `View ${invoice.number}`);
    view.type = 'button';
    view.addEventListener('click', () => showInvoicePdf(invoice));
    cell.append(view);
    row.append(cell);
    rows.append(row);
  }
  $('invoice-view').replaceChildren();
  show('finance');
}

function showInvoicePdf(invoice) {
  const frame = el('iframe', null, 'document');
  frame.src = `${API}/invoices/${invoice.id}/pdf`;
  frame.title = `Invoice ${invoice.number}`;
  $('invoice-view').replaceChildren(el('h3', `Invoice ${invoice.number}`), frame);
}

async function openInvoices() {
  const [open, overdue] = await Promise.all([call('GET', '/invoices?status=open'), call('GET', '/invoices?status=overdue')]);
  return [...(open.data?.invoices || []), ...(overdue.data?.invoices || [])];
}

async function showPayments() {
  const result = await call('GET', '/payments/unmatched');
  if (result.status === 403) return show('forbidden');
  if (result.status !== 200) return notice(explain(result));
  const invoices = await openInvoices();
  const rows = $('unmatched-rows');
  rows.replaceChildren();
  for (const entry of result.data.entries) {
    const row = el('tr');
    for (const value of [entry.bookingDate, `${entry.amount} ${entry.currency}`, entry.payerName, entry.reference || entry.remittanceText]) row.append(el('td', value));
    const cell = el('td');
    const select = el('select');
    select.setAttribute('aria-label', `Invoice for the credit of ${entry.amount} ${entry.currency}`);
    select.append(el('option', 'Choose an invoice'));
    select.firstChild.value = '';
    for (const invoice of invoices.filter((i) => i.currency === entry.currency)) {
      const option = el('option', `${invoice.number}, ${invoice.companyName}, ${invoice.amount} ${invoice.currency}`);
      option.value = invoice.id;
      select.append(option);
    }
    const assign = el('button', 'Assign');
    assign.type = 'button';
    assign.addEventListener('click', async () => {
      if (!select.value) return notice('Choose an invoice first.');
      const assigned = await call('POST', `/payments/${entry.id}/assign`, { invoiceId: select.value });
      state.flash = assigned.status === 200 ? `Assigned; the invoice is now ${assigned.data.invoiceStatus}.` : explain(assigned);
      return showPayments().then(() => notice(state.flash));
    });
    cell.append(select, assign);
    row.append(cell);
    rows.append(row);
  }
  $('unmatched-empty').hidden = result.data.entries.length > 0;
  show('payments');
  return undefined;
}

$('statement-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const file = $('statement-file').files[0];
  $('statement-result').textContent = '';
  if (!file) {
    $('statement-error').textContent = 'Please choose a statement file.';
    return;
  }
  const response = await fetch(`${API}/payments/statements`, { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/xml', 'x-csrf-token': state.csrf }, body: await file.text() });
  const data = await response.json().catch(() => ({ error: 'unreadable-answer' }));
  if (response.status !== 200) {
    $('statement-error').textContent = explain({ status: response.status, data });
    return;
  }
  $('statement-error').textContent = '';
  await showPayments();
  $('statement-result').textContent = `Statement read: ${data.matched} matched, ${data.unmatched} without an invoice, ${data.duplicates} already imported.`;
});

$('invoice-status').addEventListener('change', () => void showFinance());

// ---- old CPS accounts -----------------------------------------------------------------------

const PROBLEMS = {
  email: 'e-mail is not valid',
  'model:required': 'model missing',
  'model:unknown': 'unknown model',
  'model:not-registrable': 'model cannot be registered',
  'serialNumber:pattern': 'serial number does not fit the model',
  'purchaseDate:format': 'purchase date is not a date (YYYY-MM-DD)',
  'purchaseDate:future': 'purchase date is in the future',
  'purchaseDate:before-release': 'purchase date is before the model came out',
  'purchaseCountry:unknown': 'unknown country',
};

async function sendCsv(dryRun) {
  const file = $('legacy-file').files[0];
  if (!file) {
    $('legacy-error').textContent = 'Please choose a CSV file.';
    return;
  }
  const text = await file.text();
  const response = await fetch(`${API}/legacy-accounts/csv?dryRun=${dryRun}`, { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'text/csv', 'x-csrf-token': state.csrf }, body: text });
  const data = await response.json().catch(() => ({ error: 'unreadable-answer' }));
  const result = { status: response.status, data };
  if (response.status !== 200) {
    $('legacy-error').textContent = data.missing ? `${explain(result)}: ${data.missing.join(', ')}.` : explain(result);
    return;
  }
  $('legacy-error').textContent = '';
  const { valid, invalid, present } = data.counts;
  $('legacy-summary').textContent = data.imported
    ? `Imported: ${valid} products. ${invalid} rows invalid, ${present} already present.`
    : `Preview: ${valid} valid, ${invalid} invalid, ${present} already present.`;
  const rows = $('legacy-rows');
  rows.replaceChildren();
  for (const row of data.rows) {
    const tr = el('tr');
    for (const value of [row.line, row.email, row.model, row.serialNumber]) tr.append(el('td', value));
    const reason = row.status === 'invalid' ? `invalid: ${row.problems.map((p) => PROBLEMS[p] || p).join('; ')}` : row.status === 'present' ? 'already present' : data.imported ? 'imported' : 'valid';
    tr.append(el('td', reason, row.status === 'invalid' ? 'bad' : row.status === 'valid' ? 'ok' : ''));
    rows.append(tr);
  }
  $('legacy-table').hidden = false;
  $('legacy-import').hidden = data.imported || valid === 0;
}

$('legacy-form').addEventListener('submit', (event) => {
  event.preventDefault();
  void sendCsv(true);
});
$('legacy-import').addEventListener('click', () => void sendCsv(false));

// ---- staff ----------------------------------------------------------------------------------

async function showStaff() {
  const result = await call('GET', '/staff');
  if (result.status === 403) return show('forbidden');
  if (result.status !== 200) return notice(explain(result));
  const rows = $('staff-rows');
  rows.replaceChildren();
  for (const account of result.data.staff) {
    const row = el('tr');
    row.append(el('td', account.displayName));
    row.append(el('td', account.email));
    const cell = el('td');
    const select = el('select');
    select.setAttribute('aria-label', `Role of ${account.displayName}`);
    for (const role of result.data.roles) {
      const option = el('option', role);
      option.value = role;
      option.selected = role === account.role;
      select.append(option);
    }
    select.disabled = account.id === state.staff.id;
    select.addEventListener('change', async () => {
      const changed = await call('POST', `/staff/${account.id}/role`, { role: select.value });
      notice(changed.status === 200 ? `${account.displayName} is now ${select.value}.` : explain(changed));
    });
    cell.append(select);
    row.append(cell);
    rows.append(row);
  }
  show('staff');
}

$('staff-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const body = { displayName: $('staff-name-input').value, email: $('staff-email').value, password: $('staff-password').value, role: $('staff-role').value };
  const result = await call('POST', '/staff', body);
  if (result.status !== 201) {
    const fields = (result.data && result.data.fields) || [];
    $('staff-error').textContent = fields.length > 0 ? `${explain(result)} (${fields.join(', ')})` : explain(result);
    return;
  }
  $('staff-error').textContent = '';
  $('staff-form').reset();
  notice(`Account created for ${result.data.displayName} (${result.data.role}).`);
  await showStaff();
});

// ---- routing --------------------------------------------------------------------------------

async function route() {
  if (!state.staff) return;
  // A message for the next page (after a decision) survives one navigation.
  notice(state.flash || '');
  state.flash = null;
  const [, area, id] = window.location.hash.split('/');
  if (area === 'applications' && id) return showApplication(id);
  if (area === 'applications') return showApplications();
  if (area === 'funnel') return showFunnel();
  if (area === 'finance') return showFinance();
  if (area === 'payments') return showPayments();
  if (area === 'staff') return showStaff();
  if (area === 'reference') return showReference({ call, show, notice, explain, el });
  if (area === 'questions') return showQuestions({ call, show, notice, el, explain, state });
  if (area === 'legacy') return show(state.areas.includes('legacy') ? 'legacy' : 'forbidden');
  if (state.areas.length > 0) {
    window.location.hash = `#/${state.areas[0]}`;
    return undefined;
  }
  $('home-text').textContent = 'Your role has no area in this console. Support chats are in the agent console at /agent.';
  show('home');
  return undefined;
}

window.addEventListener('hashchange', () => void route());

const session = await call('GET', '/session');
if (session.status === 200) signedIn(session.data);
else showSignIn();
