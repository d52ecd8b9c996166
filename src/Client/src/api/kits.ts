import { getJson, sendJson } from './core';
import { routes } from './routes';
import type { Id, TeamReference } from './types';
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

export const getKitTemplate = (challengeId: Id) => getJson<KitTemplate>(routes.kitTemplate(challengeId));

export const setKitTemplate = (challengeId: Id, items: KitTemplateItem[]) =>
  sendJson<KitTemplate>('PUT', routes.kitTemplate(challengeId), { items });

export const issueKits = (challengeId: Id) => sendJson<IssueKitsResult>('POST', routes.issueKits(challengeId));

export const getKitIssues = (challengeId: Id) => getJson<TeamKitIssues[]>(routes.kitIssues(challengeId));

export const getTeamsWithoutKit = (challengeId: Id) => getJson<TeamReference[]>(routes.teamsWithoutKit(challengeId));

export const issueKit = (challengeId: Id, teamId: Id) => sendJson<Kit>('POST', routes.issueKit(challengeId, teamId));

export const getKit = (challengeId: Id, teamId: Id) => getJson<Kit>(routes.kit(challengeId, teamId));

export const checkIn = (challengeId: Id, teamId: Id, partNumber: string, checkIn: CheckIn) =>
  sendJson<KitItem>('PUT', routes.checkIn(challengeId, teamId, partNumber), checkIn);

export const requestReplacement = (challengeId: Id, teamId: Id, replacement: NewReplacement, idempotencyKey: string) =>
  sendJson<KitReplacement>('POST', routes.replacements(challengeId, teamId), replacement, { 'Idempotency-Key': idempotencyKey });

export const markDelivered = (challengeId: Id, teamId: Id, replacementId: Id) =>
  sendJson<KitReplacement>('POST', routes.delivered(challengeId, teamId, replacementId));

export const statusLabels: Record<KitItemStatus, string> = {
  notCheckedIn: t('kit.status.notCheckedIn'),
  received: t('kit.status.received'),
  missing: t('kit.status.missing'),
  damaged: t('kit.status.damaged'),
};
