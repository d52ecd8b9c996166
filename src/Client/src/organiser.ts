import './language';
import './styles.css';
import { createChallenge, getChallenge, getChallenges, ProblemError, type ChallengeDetail, type Sector } from './api';
import { staffSession } from './account';
import { byId, challengeIdFromUrl, h } from './dom';
import { sectorLabel } from './labels';
import { CalibrationSection } from './organiser-calibration';
import { ClosingSection } from './organiser-closing';
import { FrameworkEditor } from './organiser-framework';
import { InvitesSection } from './organiser-invites';
import { ScheduleEditor } from './organiser-schedule';
import { Alert, markInvalid, statusWords, textField, type OrganiserSection } from './organiser-shared';
import { ShopSection } from './organiser-shop';
import { StatusSection } from './organiser-status';
import { TeamsSection } from './organiser-teams';

const TITLE_MAX = 120;

const templates: { sector: Sector; text: string }[] = [
  {
    sector: 'electro',
    text:
      'Naar het voorbeeld van de Elektro Challenge: teams krijgen een materiaalkit en een winkelbudget en bouwen een eigen ' +
      'ontwerp dat een parcours aflegt. Acht competenties, van veilig werken met elektriciteit tot presenteren.',
  },
  {
    sector: 'construction',
    text:
      'Naar het voorbeeld van de Bouwschoolaward: teams werken een eigen bouwproject uit, met oog voor originaliteit, ' +
      'creativiteit, innovatie en duurzaamheid. Tien competenties, van meten en uitzetten tot presenteren.',
  },
];

function manageUrl(challengeId: string): string {
  return `/organiser.html?challenge=${encodeURIComponent(challengeId)}`;
}

/** Without a challenge in the address: create one from a sector template, or pick one to manage. */
function showCreate(root: HTMLElement): void {
  const title = h('input', { type: 'text', maxlength: TITLE_MAX, required: true, autocomplete: 'off' });
  const radios = templates.map(({ sector }) =>
    h('input', {
      type: 'radio',
      name: 'sector',
      value: sector,
      id: `sector-${sector}`,
      'aria-describedby': `sector-${sector}-text`,
    }),
  );
  const sectors = h(
    'fieldset',
    { class: 'field' },
    h('legend', {}, 'Sjabloon'),
    h(
      'div',
      { class: 'choice-grid' },
      ...templates.map(({ sector, text }, index) =>
        h(
          'div',
          { class: 'choice-card' },
          h(
            'label',
            { for: `sector-${sector}` },
            radios[index],
            h('span', { class: 'choice-title' }, sectorLabel(sector)),
          ),
          h('p', { class: 'hint', id: `sector-${sector}-text` }, text),
        ),
      ),
    ),
  );
  const alert = new Alert();
  const submit = h('button', { type: 'submit', class: 'button button-large' }, 'Challenge aanmaken');
  const form = h(
    'form',
    { class: 'panel', novalidate: true, 'aria-labelledby': 'create-heading' },
    h('h2', { id: 'create-heading' }, 'Nieuwe challenge'),
    textField('Titel', title, 'Bijvoorbeeld: Elektro Challenge West-Vlaanderen 2026'),
    sectors,
    h(
      'p',
      { class: 'hint' },
      'Elke competentie heeft vier niveaus met een omschrijving, in het Nederlands, Frans en Engels. Je past alles daarna nog aan.',
    ),
    alert.element,
    h('div', { class: 'form-actions' }, submit),
  );
  let sending = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (sending) return;
    const sector = radios.find((radio) => radio.checked)?.value as Sector | undefined;
    const text = title.value.trim();
    markInvalid(title, !text);
    sectors.classList.toggle('invalid', !sector);
    if (!text || !sector) {
      alert.show('Bijna klaar:', [
        ...(text ? [] : ['Geef de challenge een titel.']),
        ...(sector ? [] : ['Kies een sjabloon: Elektro of Bouw.']),
      ]);
      (text ? radios[0]! : title).focus();
      return;
    }
    sending = true;
    alert.clear();
    createChallenge(text, sector)
      .then((challenge) => location.assign(manageUrl(challenge.id)))
      .catch((error: unknown) => {
        alert.showError('Aanmaken lukte niet.', error);
        sending = false;
      });
  });

  const existing = h(
    'section',
    { class: 'panel', 'aria-labelledby': 'existing-heading' },
    h('h2', { id: 'existing-heading' }, 'Bestaande challenges'),
  );
  root.replaceChildren(
    h('h1', {}, 'Challenge opzetten'),
    h('p', { class: 'intro' }, 'Start vanuit een sjabloon: je krijgt meteen een volledig competentiekader om verder op te bouwen.'),
    h('div', { class: 'organiser-layout' }, form, existing),
  );
  getChallenges()
    .then((challenges) =>
      existing.append(
        challenges.length === 0
          ? h('p', { class: 'hint' }, 'Nog geen challenges.')
          : h(
              'ul',
              { class: 'link-list' },
              ...challenges.map((c) =>
                h(
                  'li',
                  {},
                  h('a', { href: manageUrl(c.id) }, c.title),
                  ` — ${sectorLabel(c.sector)}, ${statusWords[c.status].label.toLowerCase()}`,
                ),
              ),
            ),
      ),
    )
    .catch(() => existing.append(h('p', { class: 'hint' }, 'De bestaande challenges konden niet geladen worden.')));
}

/** One challenge: every section hears about each change, so the page always shows one consistent challenge. */
function showManage(root: HTMLElement, challenge: ChallengeDetail): void {
  const heading = h('h1', {}, challenge.title);
  const sector = h('p', { class: `sector-label sector-${challenge.sector}` }, sectorLabel(challenge.sector));
  const sections: OrganiserSection[] = [];
  const changed = (updated: ChallengeDetail) => {
    for (const section of sections) section.update(updated);
  };
  const closing = new ClosingSection(challenge, changed);
  sections.push(
    new StatusSection(challenge, changed, () => closing.focus()),
    closing,
    new FrameworkEditor(challenge, changed),
    new ScheduleEditor(challenge, changed),
    new TeamsSection(challenge),
    new InvitesSection(challenge),
    new ShopSection(challenge),
    new CalibrationSection(challenge),
  );
  const query = `?challenge=${encodeURIComponent(challenge.id)}`;
  root.replaceChildren(
    h('div', { class: 'organiser-title' }, heading, sector),
    h(
      'nav',
      { class: 'page-nav', 'aria-label': 'Op deze pagina' },
      h(
        'ul',
        {},
        ...[
          ['#status', 'Status'],
          ['#competenties', 'Competentiekader'],
          ['#planning', 'Planning'],
          ['#teams', 'Teams'],
          ['#uitnodigingen', 'Uitnodigingen'],
          ['#winkel', 'Winkel en budget'],
          ['#kalibratie', 'Om over te praten'],
          [`/wall.html${query}`, 'Wall'],
          [`/tablet.html${query}`, 'Tabletpagina'],
        ].map(([href, label]) => h('li', {}, h('a', { href }, label))),
      ),
    ),
    ...sections.map((section) => section.element),
  );
  document.title = `${challenge.title} · Challenge opzetten`;
}

async function main(): Promise<void> {
  const root = byId('organiser');
  await staffSession(root, ['organiser']);
  const challengeId = challengeIdFromUrl();
  if (!challengeId) {
    showCreate(root);
    return;
  }
  try {
    showManage(root, await getChallenge(challengeId));
  } catch (error) {
    const notFound = error instanceof ProblemError && error.status === 404;
    root.replaceChildren(
      h(
        'div',
        { class: 'notice', role: 'alert' },
        h(
          'p',
          {},
          notFound
            ? 'Deze challenge vinden we niet.'
            : 'De challenge kon niet geladen worden. Herlaad de pagina om het opnieuw te proberen.',
        ),
        h('p', {}, h('a', { href: '/organiser.html' }, 'Een challenge opzetten of kiezen')),
      ),
    );
  }
}

void main();
