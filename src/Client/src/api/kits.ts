import { getJson, request } from './core';
import { ProblemError } from './problems';
import type { Id } from './types';
import { t } from '../i18n/i18n';

export type KitItemStatus = 'notCheckedIn' | 'received' | 'missing' | 'damaged';

export interface KitTemplateItem {
  partNumber: string;
  description: string;
  quantity: number;
  unitValueCents: number | null;
}

export interface KitTemplate {
  challengeId: Id;
  version: number;
  items: KitTemplateItem[];
  updatedAt: string | null;
}

export interface KitItem extends KitTemplateItem {
  status: KitItemStatus;
  affectedQuantity: number;
  note: string;
  checkedInAt: string | null;
  openIssue: boolean;
}

export interface KitReplacement {
  id: Id;
  partNumber: string;
  quantity: number;
  reason: string;
  requestedAt: string;
  deliveredAt: string | null;
}

export interface Kit {
  teamId: Id;
  challengeId: Id;
  issuedAt: string | null;
  items: KitItem[];
  replacements: KitReplacement[];
}

export interface TeamKitIssues {
  teamId: Id;
  teamName: string;
  school: string;
  items: KitItem[];
  openReplacements: KitReplacement[];
}

export interface IssueKitsResult {
  issued: number;
  updated: number;
  unchanged: number;
}

export interface CheckIn {
  status: Exclude<KitItemStatus, 'notCheckedIn'>;
  quantity?: number;
  note: string;
}

export interface NewReplacement {
  partNumber: string;
  quantity: number;
  reason: string;
}

const challengePath = (challengeId: Id) => `/api/challenges/${encodeURIComponent(challengeId)}`;
const kitPath = (challengeId: Id, teamId: Id) => `${challengePath(challengeId)}/teams/${encodeURIComponent(teamId)}/kit`;

const send = <T>(method: 'POST' | 'PUT', url: string, body?: unknown, headers: Record<string, string> = {}) =>
  request<T>(method, url, body, headers);

export const getKitTemplate = (challengeId: Id) => getJson<KitTemplate>(`${challengePath(challengeId)}/kit-template`);

export const setKitTemplate = (challengeId: Id, items: KitTemplateItem[]) =>
  send<KitTemplate>('PUT', `${challengePath(challengeId)}/kit-template`, { items });

export const issueKits = (challengeId: Id) => send<IssueKitsResult>('POST', `${challengePath(challengeId)}/kits/issue`);

export const getKitIssues = (challengeId: Id) => getJson<TeamKitIssues[]>(`${challengePath(challengeId)}/kit-issues`);

export const getKit = (challengeId: Id, teamId: Id) => getJson<Kit>(kitPath(challengeId, teamId));

export const checkIn = (challengeId: Id, teamId: Id, partNumber: string, checkIn: CheckIn) =>
  send<KitItem>('PUT', `${kitPath(challengeId, teamId)}/items/${encodeURIComponent(partNumber)}/check-in`, checkIn);

export const requestReplacement = (challengeId: Id, teamId: Id, replacement: NewReplacement, idempotencyKey: string) =>
  send<KitReplacement>('POST', `${kitPath(challengeId, teamId)}/replacements`, replacement, { 'Idempotency-Key': idempotencyKey });

export const markDelivered = (challengeId: Id, teamId: Id, replacementId: Id) =>
  send<KitReplacement>('POST', `${kitPath(challengeId, teamId)}/replacements/${encodeURIComponent(replacementId)}/delivered`);

export const statusLabels: Record<KitItemStatus, string> = {
  notCheckedIn: t('kit.status.notCheckedIn'),
  received: t('kit.status.received'),
  missing: t('kit.status.missing'),
  damaged: t('kit.status.damaged'),
};

/** Problem details as one readable line: the field messages, or the detail. */
export function problemText(error: unknown, fallback: string): string {
  if (!(error instanceof ProblemError)) return fallback;
  const messages = Object.values(error.problem.errors ?? {}).flat();
  if (messages.length > 0) return messages.join(' ');
  return error.problem.detail ?? error.problem.title ?? fallback;
}
