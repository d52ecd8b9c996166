import '../../i18n/language';
import '../../ui/styles.css';
import './organiser.css';
import { createChallenge, getChallenge, getChallenges } from '../../api/challenges';
import type { ChallengeDetail, Sector } from '../../api/types';
import { bootPage, loadOrExplain } from '../../ui/page';
import { h } from '../../ui/dom';
import { sectorLabel } from '../../ui/labels';
import { CalibrationSection } from './calibration';
import { ClosingSection } from './closing';
import { FrameworkEditor } from './framework';
import { InvitesSection } from './invites';
import { ScheduleEditor } from './schedule';
import { CheckInSection } from './check-in';
import { statusWords, type OrganiserSection } from './section';
import { Alert, markInvalid, textField } from '../../ui/forms';
import { ShopSection } from './shop';
import { StatusSection } from './status';
import { TeamsSection } from './teams';
import { t } from '../../i18n/i18n';

const TITLE_MAX = 120;

const templates: { sector: Sector; text: string }[] = [
  {
    sector: 'electro',
    text:
      t('organiser.create.electroTemplate'),
  },
  {
    sector: 'construction',
    text:
      t('organiser.create.constructionTemplate'),
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
    h('legend', {}, t('organiser.create.template')),
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
  const submit = h('button', { type: 'submit', class: 'button button-large' }, t('organiser.create.submit'));
  const form = h(
    'form',
    { class: 'panel', novalidate: true, 'aria-labelledby': 'create-heading' },
    h('h2', { id: 'create-heading' }, t('organiser.create.heading')),
    textField(t('organiser.create.title'), title, t('organiser.create.titleHint')),
    sectors,
    h(
      'p',
      { class: 'hint' },
      t('organiser.create.levelsHint'),
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
      alert.show(t('organiser.create.almost'), [
        ...(text ? [] : [t('organiser.create.needTitle')]),
        ...(sector ? [] : [t('organiser.create.needTemplate')]),
      ]);
      (text ? radios[0]! : title).focus();
      return;
    }
    sending = true;
    alert.clear();
    createChallenge(text, sector)
      .then((challenge) => location.assign(manageUrl(challenge.id)))
      .catch((error: unknown) => {
        alert.showError(t('organiser.failed.create'), error);
        sending = false;
      });
  });

  const existing = h(
    'section',
    { class: 'panel', 'aria-labelledby': 'existing-heading' },
    h('h2', { id: 'existing-heading' }, t('organiser.create.existing')),
  );
  root.replaceChildren(
    h('h1', {}, t('organiser.page.heading')),
    h('p', { class: 'intro' }, t('organiser.create.intro')),
    h('div', { class: 'organiser-layout' }, form, existing),
  );
  getChallenges()
    .then((challenges) =>
      existing.append(
        challenges.length === 0
          ? h('p', { class: 'hint' }, t('organiser.create.none'))
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
    .catch(() => existing.append(h('p', { class: 'hint' }, t('organiser.create.loadFailed'))));
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
    new CheckInSection(challenge),
  );
  const query = `?challenge=${encodeURIComponent(challenge.id)}`;
  root.replaceChildren(
    h('div', { class: 'organiser-title' }, heading, sector),
    h(
      'nav',
      { class: 'page-nav', 'aria-label': t('organiser.page.onThisPage') },
      h(
        'ul',
        {},
        ...[
          ['#status', t('organiser.page.status')],
          ['#competenties', t('organiser.page.framework')],
          ['#planning', t('organiser.page.schedule')],
          ['#teams', t('organiser.page.teams')],
          ['#uitnodigingen', t('organiser.page.invites')],
          ['#winkel', t('organiser.page.shop')],
          ['#kalibratie', t('organiser.page.calibration')],
          ['#check-in', t('checkIn.organiser.heading')],
          [`/kits.html${query}`, t('kit.page.link')],
          [`/season.html${query}`, t('season.link')],
          [`/cards.html${query}`, t('cards.link')],
          [`/impact.html${query}`, t('impact.link')],
          [`/wall.html${query}`, t('organiser.page.wall')],
          [`/tablet.html${query}`, t('organiser.page.tablet')],
        ].map(([href, label]) => h('li', {}, h('a', { href }, label))),
      ),
    ),
    ...sections.map((section) => section.element),
  );
  document.title = t('organiser.page.title', { challenge: challenge.title });
}

async function main(): Promise<void> {
  const { root, challengeId } = await bootPage('organiser', ['organiser']);
  if (!challengeId) {
    showCreate(root);
    return;
  }
  await loadOrExplain(root, async () => showManage(root, await getChallenge(challengeId)), {
    notFound: t('organiser.page.notFound'),
    failed: t('organiser.page.loadFailed'),
    more: h('a', { href: '/organiser.html' }, t('organiser.page.chooseOrCreate')),
  });
}

void main();
