import { h } from '../../ui/dom';
import { t } from '../../i18n/i18n';
import type { Outbox } from './outbox';
import type { OutboxEntry } from './outbox-store';

const kindLabel: Record<OutboxEntry['kind'], string> = { milestone: t('tablet.outbox.milestone'), order: t('tablet.outbox.order') };

/**
 * What the tablet still has to send, so pupils see that their work is kept while the wifi is away; and what the server
 * turned down after all, so nobody thinks it arrived.
 */
export function outboxList(outbox: Outbox): HTMLElement {
  const list = h('ul', { class: 'recent-list outbox-list' });
  const refusals = h('div', { class: 'form-alert', role: 'alert' });
  const section = h(
    'section',
    { class: 'recent outbox', 'aria-labelledby': 'outbox-heading', hidden: true },
    h('h2', { id: 'outbox-heading' }, t('tablet.outbox.heading')),
    h('p', { class: 'hint' }, t('tablet.outbox.hint')),
    list,
    refusals,
  );
  outbox.onChange((waiting) => {
    list.replaceChildren(
      ...waiting.map((entry) =>
        h(
          'li',
          { class: 'recent-item outbox-item', 'data-outbox-key': entry.key },
          h('h3', {}, t('tablet.outbox.entry', { kind: kindLabel[entry.kind], label: entry.label })),
          h('p', { class: 'recent-time' }, t('tablet.outbox.waiting')),
        ),
      ),
    );
    section.hidden = waiting.length === 0 && refusals.childElementCount === 0;
  });
  outbox.onRefused((entry, problem) => {
    refusals.append(h('p', {}, t('tablet.outbox.refused', { kind: kindLabel[entry.kind], label: entry.label, message: problem.message })));
    section.hidden = false;
  });
  return section;
}
