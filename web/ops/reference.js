/* global document, Node */
// Reference data (admins): tiers and fees, the product catalogue, countries and dealers. Loaded by
// ops.js, which passes its helpers; every text from the server goes in through textContent.

const MESSAGES = {
  'invalid-reference': 'Please check the marked fields.',
  'pattern-does-not-match-example': 'The serial-number pattern does not match the example serial. Change one of them so the example fits the pattern.',
  'duplicate-key': 'This already exists (the key must be unique).',
  'unknown-country': 'Add the country first.',
  'not-found': 'This no longer exists; reload the page.',
};
const FIELD_NAMES = {
  minPoints: 'points needed', id: 'id', name: 'name', category: 'product line', points: 'points', serialPattern: 'serial-number pattern',
  serialExample: 'example serial', releaseDate: 'release date', registrable: 'registrable', notRegistrableReasonKey: 'reason it cannot be registered',
  code: 'country code', currency: 'currency', vatRateBp: 'VAT rate', timeZone: 'time zone', countryCode: 'country',
};

let ui;
let data;
const $ = (id) => document.getElementById(id);

function problem(result) {
  const fields = ((result.data && result.data.fields) || []).map((f) => FIELD_NAMES[f] || f.replace(/^fees\.\d+\./, 'fee '));
  const message = MESSAGES[result.data && result.data.error] || ui.explain(result);
  return fields.length > 0 && result.data.error !== 'pattern-does-not-match-example' ? `${message} (${fields.join(', ')})` : message;
}

function input(id, value, label, attrs = {}) {
  const node = ui.el('input');
  node.id = id;
  node.value = value === null || value === undefined ? '' : String(value);
  node.setAttribute('aria-label', label);
  for (const [name, v] of Object.entries(attrs)) node.setAttribute(name, v);
  return node;
}

function button(text, onClick, label) {
  const node = ui.el('button', text);
  node.type = 'button';
  if (label) node.setAttribute('aria-label', label);
  node.addEventListener('click', onClick);
  return node;
}

function cells(row, values) {
  for (const value of values) row.append(value instanceof Node ? wrap(value) : ui.el('td', value ?? '–'));
}

function wrap(node) {
  const td = ui.el('td');
  td.append(node);
  return td;
}

function renderTiers() {
  const rows = $('tier-rows');
  rows.replaceChildren();
  for (const tier of data.tiers) {
    const row = ui.el('tr');
    const points = input(`tier-${tier.code}-points`, tier.minPoints, `Points needed for ${tier.name}`, { inputmode: 'numeric' });
    const fees = data.currencies.filter((c) => data.fees.some((f) => f.currency === c)).map((currency) => {
      const fee = data.fees.find((f) => f.tierCode === tier.code && f.currency === currency);
      return [currency, input(`tier-${tier.code}-${currency}`, fee ? (fee.annualFeeMinor / 100).toFixed(2) : '', `${tier.name} annual fee in ${currency}`, { inputmode: 'decimal' })];
    });
    cells(row, [tier.name, points, ...fees.map(([, node]) => node), button('Save', async () => {
      const body = {
        minPoints: Number(points.value),
        fees: fees.filter(([, node]) => node.value.trim() !== '').map(([currency, node]) => ({ currency, annualFeeMinor: Math.round(Number(node.value.replace(',', '.')) * 100) })),
      };
      const result = await ui.call('POST', `/reference/tiers/${tier.code}`, body);
      $('tier-error').textContent = result.status === 200 ? '' : problem(result);
      if (result.status === 200) ui.notice(`${tier.name} saved.`);
    }, `Save ${tier.name}`)]);
    rows.append(row);
  }
  const head = $('tier-head');
  head.replaceChildren();
  for (const name of ['Tier', 'Points needed', ...data.currencies.filter((c) => data.fees.some((f) => f.currency === c)).map((c) => `Annual fee ${c}`), 'Save']) {
    const th = ui.el('th', name);
    th.scope = 'col';
    head.append(th);
  }
}

function renderModels() {
  const rows = $('model-rows');
  rows.replaceChildren();
  for (const model of data.models) {
    const row = ui.el('tr');
    cells(row, [model.name, model.category, model.points, model.serialPattern, model.serialExample, model.registrable ? 'yes' : 'no', button('Edit', () => editModel(model), `Edit ${model.name}`)]);
    rows.append(row);
  }
  const category = $('model-category');
  if (category.options.length === 0) {
    for (const value of data.categories) {
      const option = ui.el('option', value);
      option.value = value;
      category.append(option);
    }
  }
}

function editModel(model) {
  $('model-form').dataset.mode = model ? 'edit' : 'new';
  $('model-form-title').textContent = model ? `Edit ${model.name}` : 'New product model';
  $('model-id').value = model ? model.id : '';
  $('model-id').readOnly = Boolean(model);
  $('model-name').value = model ? model.name : '';
  $('model-category').value = model ? model.category : data.categories[0];
  $('model-points').value = model ? String(model.points) : '0';
  $('model-pattern').value = (model && model.serialPattern) || '';
  $('model-example').value = (model && model.serialExample) || '';
  $('model-release').value = (model && model.releaseDate) || '';
  $('model-registrable').checked = model ? model.registrable : true;
  $('model-reason').value = (model && model.notRegistrableReasonKey) || '';
  $('model-error').textContent = '';
  $('model-name').focus();
}

async function saveModel(event) {
  event.preventDefault();
  const editing = $('model-form').dataset.mode === 'edit';
  const body = {
    id: $('model-id').value.trim(), name: $('model-name').value, category: $('model-category').value, points: Number($('model-points').value),
    serialPattern: $('model-pattern').value, serialExample: $('model-example').value, releaseDate: $('model-release').value || null,
    registrable: $('model-registrable').checked, notRegistrableReasonKey: $('model-reason').value || null,
  };
  const result = await ui.call('POST', editing ? `/reference/models/${encodeURIComponent(body.id)}` : '/reference/models', body);
  if (result.status !== 200 && result.status !== 201) {
    $('model-error').textContent = problem(result);
    return;
  }
  $('model-error').textContent = '';
  ui.notice(`${result.data.name} saved.`);
  await load();
}

function renderCountries() {
  const rows = $('country-rows');
  rows.replaceChildren();
  for (const country of data.countries) {
    const row = ui.el('tr');
    cells(row, [country.code, country.name, country.currency, `${(country.vatRateBp / 100).toFixed(2)} %`, country.timeZone]);
    rows.append(row);
  }
  const dealerRows = $('dealer-rows');
  dealerRows.replaceChildren();
  for (const dealer of data.dealers) {
    const row = ui.el('tr');
    cells(row, [dealer.countryCode, dealer.name, button('Remove', async () => {
      const result = await ui.call('POST', `/reference/dealers/${dealer.id}/delete`, {});
      if (result.status !== 200) return ui.notice(problem(result));
      ui.notice(`${dealer.name} removed.`);
      return load();
    }, `Remove ${dealer.name} (${dealer.countryCode})`)]);
    dealerRows.append(row);
  }
}

async function submitSmall(event, path, body, errorId, done) {
  event.preventDefault();
  const result = await ui.call('POST', path, body);
  if (result.status !== 200 && result.status !== 201) {
    $(errorId).textContent = problem(result);
    return;
  }
  $(errorId).textContent = '';
  event.target.reset();
  ui.notice(done);
  await load();
}

async function load() {
  const result = await ui.call('GET', '/reference');
  if (result.status === 403) return ui.show('forbidden');
  if (result.status !== 200) return ui.notice(ui.explain(result));
  data = result.data;
  renderTiers();
  renderModels();
  renderCountries();
  ui.show('reference');
  return undefined;
}

let wired = false;
function wire() {
  if (wired) return;
  wired = true;
  $('model-form').addEventListener('submit', (event) => void saveModel(event));
  $('model-new').addEventListener('click', () => editModel(null));
  $('country-form').addEventListener('submit', (event) => void submitSmall(event, '/reference/countries', {
    code: $('country-code').value.trim().toUpperCase(), name: $('country-name').value, currency: $('country-currency').value.trim().toUpperCase(),
    vatRateBp: Math.round(Number($('country-vat').value.replace(',', '.')) * 100), timeZone: $('country-zone').value.trim(),
  }, 'country-error', 'Country saved.'));
  $('dealer-form').addEventListener('submit', (event) => void submitSmall(event, '/reference/dealers', {
    countryCode: $('dealer-country').value.trim().toUpperCase(), name: $('dealer-name').value,
  }, 'dealer-error', 'Dealer added.'));
}

/** Shows the reference-data page; `helpers` are ops.js's call, show, notice, explain and el. */
export async function showReference(helpers) {
  ui = helpers;
  wire();
  await load();
}
