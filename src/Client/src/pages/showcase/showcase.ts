import '../../i18n/language';
import '../../ui/styles.css';
import './showcase.css';
import { getChallenge } from '../../api/challenges';
import type { Session } from '../../api/session';
import type { ChallengeDetail, Competence } from '../../api/types';
import { accountBar } from '../../ui/account';
import { byId, h } from '../../ui/dom';
import { bootPage, loadOrExplain } from '../../ui/page';
import { formatDateTime, localized, t } from '../../i18n/i18n';
import { onPush, watch } from '../../live/hub';
import { hubMessages, hubMethods } from '../../live/hub-contract';
import { Alert, statusLine, textField, uniqueId } from '../../ui/forms';
import { MyOffers } from './my-offers';
import { VenueFilter } from './venue-filter';
import {
  makeOffer,
  offerKinds,
  showcasePhotoUrl,
  type Offer,
  type ShowcaseFeed,
  type ShowcaseItem,
  type ShowcaseTeamUpdate,
} from '../../api/showcase';

const MESSAGE_MAX = 600;
/** As many items as the server's feed holds. */
const MAX_ITEMS = 200;

interface Shown {
  item: ShowcaseItem;
  feed: ShowcaseFeed;
  challenge: ChallengeDetail;
}

/**
 * The employer showcase: consented milestones and badges of one challenge (or of every challenge an employer is invited to),
 * newest first, filterable by competence and sector. It is pushed: the hub answers a watch with the feed, then sends what the
 * showcase shows of a team whenever that changes, so a withdrawn consent takes a milestone away as a new one adds it.
 */
class ShowcasePage {
  private readonly competence = h('select', { id: 'filter-competence' });
  private readonly sector = h('select', { id: 'filter-sector' });
  private readonly venues = new VenueFilter(() => this.filter());
  private readonly list = h('ol', { class: 'showcase-feed', 'aria-labelledby': 'showcase-heading' });
  private readonly live = h('p', { class: 'live-status', role: 'status', 'aria-live': 'polite' });
  private readonly offers = new MyOffers();
  private readonly elements = new Map<string, HTMLElement>();
  private shown: Shown[] = [];
  private readonly feeds = new Map<string, ShowcaseFeed>();

  constructor(
    private readonly challenges: ChallengeDetail[],
    private readonly session: Session,
  ) {}

  private get employer(): boolean {
    return this.session.signedIn && this.session.role === 'employer';
  }

  render(root: HTMLElement): void {
    const competences = new Map<string, Competence>();
    for (const challenge of this.challenges) for (const competence of challenge.competences) competences.set(competence.id, competence);
    this.competence.append(
      new Option(t('showcase.all'), ''),
      ...[...competences.values()].map((c) => new Option(localized(c.name), c.id)),
    );
    const sectors = [...new Set(this.challenges.map((c) => c.sector))];
    this.sector.append(new Option(t('showcase.all'), ''), ...sectors.map((s) => new Option(t(`sector.${s}`), s)));
    for (const select of [this.competence, this.sector]) select.addEventListener('change', () => this.filter());
    const filters = h(
      'div',
      { class: 'showcase-filters', role: 'group', 'aria-label': t('showcase.filters') },
      h('div', { class: 'field' }, h('label', { for: this.competence.id }, t('showcase.competence')), this.competence),
      h('div', { class: 'field' }, h('label', { for: this.sector.id }, t('showcase.sector')), this.sector),
    );
    // Venues belong to one challenge's season: the picker shows when the page is about one challenge.
    if (this.challenges.length === 1) void this.venues.load(this.challenges[0]!.id).then((field) => field && filters.append(field));
    root.replaceChildren(
      h('h1', { id: 'showcase-heading' }, t('showcase.heading')),
      h('p', { class: 'intro' }, t('showcase.intro')),
      filters,
      this.live,
      this.list,
      ...(this.employer ? [this.offers.element] : []),
    );
    onPush(hubMessages.showcaseTeam, (update) => this.teamChanged(update));
    if (this.employer) this.offers.start(this.challenges);
    for (const challenge of this.challenges) {
      watch({
        method: hubMethods.watchShowcase,
        args: [challenge.id],
        adopt: (feed) => {
          this.feeds.set(challenge.id, feed);
          this.show();
        },
        onStatus: (status) => {
          if (status === 'reconnecting') this.live.textContent = t('showcase.behind');
        },
        refused: () => (this.live.textContent = t('showcase.notFound')),
        alive: () => true,
      });
    }
  }

  private teamChanged(update: ShowcaseTeamUpdate): void {
    const feed = this.feeds.get(update.challengeId);
    if (!feed) return;
    const items = [...feed.items.filter((item) => item.teamId !== update.teamId), ...update.items]
      .sort((a, b) => b.at.localeCompare(a.at))
      .slice(0, MAX_ITEMS);
    this.feeds.set(update.challengeId, { ...feed, items });
    this.show();
  }

  private show(): void {
    this.shown = this.challenges
      .flatMap((challenge) => (this.feeds.get(challenge.id)?.items ?? []).map((item) => ({ item, feed: this.feeds.get(challenge.id)!, challenge })))
      .sort((a, b) => b.item.at.localeCompare(a.item.at));
    this.filter();
    this.live.textContent = t('showcase.updated', { time: formatDateTime(new Date().toISOString(), { timeStyle: 'short' }) });
  }

  private filter(): void {
    const competence = this.competence.value;
    const sector = this.sector.value;
    const visible = this.shown.filter(
      (s) => (!competence || s.item.competenceIds.includes(competence)) && (!sector || s.feed.sector === sector) && this.venues.admits(s.item.teamId),
    );
    // Items whose content did not change keep their element, so that an offer being typed survives a refresh.
    const keep = new Map<string, HTMLElement>();
    const children = visible.map((s) => {
      const key = JSON.stringify(s.item);
      const element = this.elements.get(key) ?? this.itemElement(s);
      keep.set(key, element);
      return element;
    });
    this.elements.clear();
    for (const [key, element] of keep) this.elements.set(key, element);
    this.list.replaceChildren(
      ...(children.length > 0 ? children : [h('li', { class: 'recent-empty' }, t(this.shown.length > 0 ? 'showcase.noneMatch' : 'showcase.empty'))]),
    );
  }

  private itemElement({ item, challenge }: Shown): HTMLElement {
    const names = item.competenceIds.map((id) => localized(challenge.competences.find((c) => c.id === id)?.name) || id);
    const milestone = item.kind === 'milestone';
    const competence = challenge.competences.find((c) => c.id === item.competenceIds[0]);
    const levelName = localized(competence?.levels.find((l) => l.level === item.level)?.name);
    return h(
      'li',
      { class: `showcase-item showcase-${item.kind}`, 'data-team-id': item.teamId },
      h(
        'article',
        {},
        h('p', { class: 'showcase-kind' }, milestone ? t('showcase.milestone') : t('showcase.badge'), ' · ', h('time', { datetime: item.at }, formatDateTime(item.at))),
        h('h2', { class: 'showcase-team' }, item.teamName),
        h('p', { class: 'hint' }, `${item.school} · ${t(`sector.${challenge.sector}`)}`),
        milestone ? h('h3', { class: 'showcase-title' }, item.title ?? '') : null,
        milestone && item.story ? h('p', { class: 'showcase-story' }, item.story) : null,
        !milestone ? h('p', { class: 'showcase-badge' }, `${names[0] ?? ''}: ${t('showcase.level', { level: item.level ?? 0 })}${levelName ? ` · ${levelName}` : ''}`) : null,
        !milestone && item.feedback ? h('p', { class: 'showcase-story' }, item.feedback) : null,
        ...(item.photoIds ?? []).map((photoId) =>
          h('img', {
            class: 'showcase-photo',
            src: showcasePhotoUrl(challenge.id, item.teamId, photoId),
            alt: t('showcase.photoAlt', { team: item.teamName, title: item.title ?? '' }),
            loading: 'lazy',
          }),
        ),
        h('ul', { class: 'competence-chips' }, ...names.map((name) => h('li', { class: 'competence-chip' }, name))),
        this.employer ? this.offerForm(challenge, item) : null,
      ),
    );
  }

  private offerForm(challenge: ChallengeDetail, item: ShowcaseItem): HTMLElement {
    const kind = h('select', { id: uniqueId('offer-kind') }, ...offerKinds.map((k) => new Option(t(`offer.kind.${k}`), k)));
    const message = h('textarea', { maxlength: MESSAGE_MAX, rows: 3 });
    const alert = new Alert();
    const status = statusLine();
    const form = h(
      'form',
      { class: 'offer-form', novalidate: true },
      h('div', { class: 'field' }, h('label', { for: kind.id }, t('offer.kind')), kind),
      textField(t('offer.message'), message),
      h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'button' }, t('offer.send'))),
      alert.element,
      status,
    );
    let sending = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (sending) return;
      const text = message.value.trim();
      if (!text) {
        message.setAttribute('aria-invalid', 'true');
        alert.show(t('offer.needMessage'));
        message.focus();
        return;
      }
      message.removeAttribute('aria-invalid');
      sending = true;
      alert.clear();
      makeOffer(challenge.id, item.teamId, kind.value as Offer['kind'], text)
        .then((offer) => {
          form.reset();
          status.textContent = t('offer.sent', { team: item.teamName });
          this.offers.add(offer);
        })
        .catch((error: unknown) => alert.showError(t('offer.failed'), error))
        .finally(() => (sending = false));
    });
    return h('details', { class: 'offer' }, h('summary', {}, t('offer.make', { team: item.teamName })), form);
  }
}

async function main(): Promise<void> {
  const { root, session, challengeId: asked } = await bootPage('showcase');
  if (session.signedIn) document.querySelector('.site-header')?.append(accountBar(session));
  const ids = asked ? [asked] : session.role === 'employer' || session.role === 'organiser' ? (session.challengeIds ?? []) : [];
  if (ids.length === 0) {
    root.replaceChildren(h('p', { class: 'notice' }, t('showcase.chooseChallenge')));
    return;
  }
  await loadOrExplain(root, async () => {
    const challenges = await Promise.all(ids.map((id) => getChallenge(id)));
    if (challenges.length === 1) byId('challenge-title').textContent = challenges[0]!.title;
    new ShowcasePage(challenges, session).render(root);
  }, { notFound: t('showcase.notFound'), failed: t('showcase.notFound') });
}

void main();
