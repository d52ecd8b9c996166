import { h } from '../../ui/dom';
import { getKit, statusLabels, type Kit } from '../../api/kits';
import { t } from '../../i18n/i18n';

/**
 * "Ons materiaal": the team's kit, read-only, on the pupils' tablet page. It stays hidden until a kit is issued;
 * a failed load leaves it hidden until the page's next try, since the milestone form is what the tablet is for.
 */
export function kitOverview(challengeId: string, teamId: string): { element: HTMLElement; refresh: () => Promise<boolean> } {
  const section = h('section', { class: 'recent tablet-kit', 'aria-labelledby': 'tablet-kit-heading', hidden: true });
  const refresh = () =>
    getKit(challengeId, teamId).then(
      (kit) => {
        render(section, kit);
        return true;
      },
      () => false,
    );
  return { element: section, refresh };
}

function render(section: HTMLElement, kit: Kit): void {
  if (!kit.issuedAt || kit.items.length === 0) return;
  section.replaceChildren(
    h('h2', { id: 'tablet-kit-heading' }, t('kit.heading')),
    h(
      'ul',
      { class: 'recent-list' },
      ...kit.items.map((item) =>
        h(
          'li',
          { class: 'recent-item' },
          h('h3', {}, `${item.quantity} × ${item.description}`),
          h('p', { class: 'recent-time' }, `${item.partNumber} · ${statusLabels[item.status]}`),
        ),
      ),
    ),
  );
  section.hidden = false;
}
