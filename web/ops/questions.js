/* global document */
// “Questions we fail” (reviewer, admin): unanswered questions and answers rated unhelpful, grouped
// by language and wording. Imported by ops.js, which passes its helpers in; every text from the
// server goes in through textContent.

const LANGUAGES = { da: 'Danish', sv: 'Swedish', nl: 'Dutch', en: 'English' };
const ERRORS = {
  'unknown-topic': 'This topic has no entry in the group’s language.',
  'nothing-to-link': 'These questions were handled meanwhile.',
  'invalid-action': 'Please choose a topic.',
};
const topicsByLanguage = new Map();
let ready = false;

function setUp(ui) {
  if (ready) return;
  ready = true;
  document.getElementById('questions-status').addEventListener('change', () => void showQuestions(ui));
}

async function topicsOf(ui, language) {
  if (!topicsByLanguage.has(language)) {
    const result = await ui.call('GET', `/questions/topics?language=${language}`);
    topicsByLanguage.set(language, result.status === 200 ? result.data.topics : []);
  }
  return topicsByLanguage.get(language);
}

async function act(ui, path, body, done) {
  const result = await ui.call('POST', path, body);
  const error = document.getElementById('questions-error');
  if (result.status !== 200) {
    error.textContent = ERRORS[result.data && result.data.error] || ui.explain(result);
    return;
  }
  error.textContent = '';
  ui.notice(done(result.data));
  await showQuestions(ui);
}

async function actionsCell(ui, group, index) {
  const { el } = ui;
  const cell = el('td');
  const select = el('select');
  select.id = `question-topic-${index}`;
  const label = el('label', 'Topic', 'visually-hidden');
  label.htmlFor = select.id;
  for (const topic of await topicsOf(ui, group.language)) {
    const option = el('option', `${topic.title} (${topic.topicId})`);
    option.value = topic.topicId;
    select.append(option);
  }
  if (group.candidate) select.value = group.candidate.topicId;
  const link = el('button', 'Link to topic');
  link.type = 'button';
  link.addEventListener('click', () =>
    void act(ui, '/questions/link', { language: group.language, topicId: select.value, items: group.items }, (d) => `${d.linked} question(s) added to ${d.topicId}; the assistant answers them now.`));
  cell.append(label, select, link);
  if (document.getElementById('questions-status').value === 'open') {
    const later = el('button', 'New topic to write', 'secondary');
    later.type = 'button';
    later.addEventListener('click', () =>
      void act(ui, '/questions/new-topic', { language: group.language, items: group.items }, (d) => `${d.marked} question(s) kept as a topic to write.`));
    cell.append(later);
  }
  return cell;
}

async function row(ui, group, index) {
  const { el } = ui;
  const tr = el('tr');
  tr.append(el('td', LANGUAGES[group.language] || group.language));
  const list = el('ul', undefined, 'plain');
  for (const question of group.questions) list.append(el('li', question));
  const questions = el('td');
  questions.append(list);
  tr.append(questions);
  tr.append(el('td', `${group.count} (${group.unanswered} unanswered, ${group.unhelpful} unhelpful)`));
  const rated = group.ratedTopics.length > 0 ? `; rated unhelpful: ${group.ratedTopics.join(', ')}` : '';
  tr.append(el('td', group.candidate ? `${group.candidate.title} (${group.candidate.topicId}, score ${group.candidate.score})${rated}` : `none${rated}`));
  tr.append(await actionsCell(ui, group, index));
  return tr;
}

/** Shows the groups (open ones, or those kept as topics to write). */
export async function showQuestions(ui) {
  if (!ui.state.areas.includes('questions')) return ui.show('forbidden');
  setUp(ui);
  const status = document.getElementById('questions-status').value;
  const result = await ui.call('GET', `/questions?status=${status}`);
  if (result.status !== 200) return ui.show(result.status === 403 ? 'forbidden' : 'home');
  const rows = await Promise.all(result.data.groups.map((group, index) => row(ui, group, index)));
  document.getElementById('questions-rows').replaceChildren(...rows);
  document.getElementById('questions-empty').hidden = rows.length > 0;
  return ui.show('questions');
}
