import { request } from './core';
import type { Id } from './types';

export type OrderStatus = 'pending' | 'approving' | 'approved' | 'rejected' | 'cancelled' | 'returning' | 'returned';

export interface ShopItem {
  sku: string;
  name: string;
  description: string;
  unitPriceCents: number;
  stockLimit: number | null;
  stockLeft: number | null;
}

export interface ShopCatalogue {
  challengeId: Id;
  defaultBudgetCents: number;
  items: ShopItem[];
}

export interface ShopOrder {
  id: Id;
  teamId: Id;
  sku: string;
  itemName: string;
  quantity: number;
  unitPriceCents: number;
  amountCents: number;
  note: string;
  orderedBy: string;
  orderedAt: string;
  status: OrderStatus;
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string | null;
}

export interface TeamBudget {
  challengeId: Id;
  teamId: Id;
  budgetCents: number;
  ownBudget: boolean;
  spentCents: number;
  leftCents: number;
  orders: ShopOrder[];
}

export interface NewOrder {
  sku: string;
  quantity: number;
  note: string;
  actor: string;
}

export type OrderAction = 'approve' | 'reject' | 'cancel' | 'return';

const path = (...segments: Id[]) => segments.map((s) => encodeURIComponent(s)).join('/');
const teamPath = (challengeId: Id, teamId: Id) => `/api/challenges/${path(challengeId)}/teams/${path(teamId)}`;

const send = <T>(method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown, headers: Record<string, string> = {}) =>
  request<T>(method, url, body, headers);

export const getCatalogue = (challengeId: Id) =>
  send<ShopCatalogue>('GET', `/api/challenges/${path(challengeId)}/shop/catalogue`);

export const getBudget = (challengeId: Id, teamId: Id) => send<TeamBudget>('GET', `${teamPath(challengeId, teamId)}/budget`);

/** Every action is idempotent on the server (approving twice spends once), so a retry is always safe. */
export const actOnOrder = (challengeId: Id, teamId: Id, orderId: Id, action: OrderAction, actor: string, reason = '') =>
  send<ShopOrder>('POST', `${teamPath(challengeId, teamId)}/orders/${path(orderId)}/${action}`, { actor, reason });

/** One article as the organiser sends it; a stock limit of null means enough for everyone. */
export interface CatalogueItemInput {
  sku: string;
  name: string;
  description: string;
  unitPriceCents: number;
  stockLimit: number | null;
}

/** Replaces the whole catalogue; the server answers with it in sku order. */
export const putCatalogue = (challengeId: Id, items: CatalogueItemInput[]) =>
  send<ShopCatalogue>('PUT', `/api/challenges/${path(challengeId)}/shop/catalogue`, { items });

export const putDefaultBudget = (challengeId: Id, budgetCents: number) =>
  send<ShopCatalogue>('PUT', `/api/challenges/${path(challengeId)}/shop/budget`, { budgetCents });

/** Sets a team's own budget; the reason and who set it go into the team's ledger. */
export const adjustBudget = (challengeId: Id, teamId: Id, budgetCents: number, actor: string, reason: string) =>
  send<TeamBudget>('POST', `${teamPath(challengeId, teamId)}/budget/adjustments`, { budgetCents, actor, reason });
