import type { Badge } from '../../api/juror';
import { h } from '../../ui/dom';
import { t } from '../../i18n/i18n';

/**
 * One of the team's badges in the award form: what it recognises, by whom, whether it rests on an observation, and for a
 * standing badge a labelled reason field with its own revoke button (a reason is asked before anything is sent).
 */
export function badgeItem(badge: Badge, competence: string, revoke: (reason: string) => void): HTMLElement {
  const line = `${t('award.badgeLine', { competence, level: badge.level })}${badge.jurorName ? ` (${badge.jurorName})` : ''}`;
  const observed = badge.observation ? h('p', { class: 'juror-badge-observation' }, t('award.observedLine', { observation: badge.observation })) : null;
  if (badge.revocation) return h('li', { class: 'juror-revoked' }, t('award.revokedLine', { badge: line, reason: badge.revocation.reason }));
  const reasonId = `revoke-${badge.id}`;
  const reason = h('input', { type: 'text', id: reasonId, maxlength: 500 });
  const button = h('button', { type: 'button', class: 'button button-secondary' }, t('award.revoke'));
  button.addEventListener('click', () => {
    if (!reason.value.trim()) {
      reason.focus();
      return;
    }
    revoke(reason.value);
  });
  return h(
    'li',
    { class: 'juror-badge' },
    h('p', {}, line),
    observed,
    h('div', { class: 'juror-revoke' }, h('div', { class: 'field' }, h('label', { for: reasonId }, t('award.reason')), reason), button),
  );
}
