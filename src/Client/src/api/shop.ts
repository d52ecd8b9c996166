import { getJson, sendJson } from './core';
import { routes } from './routes';
import type { components } from './schema';
import type { Id } from './types';

/** The server's shapes, generated from its OpenAPI document. */
type Schemas = components['schemas'];

export type OrderStatus = Schemas['OrderStatus'];

export type ShopItem = Schemas['ShopItem'];

export type ShopCatalogue = Schemas['ShopCatalogue'];

export type ShopOrder = Schemas['ShopOrder'];

export type TeamBudget = Schemas['TeamBudget'];

export interface NewOrder {
  sku: string;
  quantity: number;
  note: string;
}

export type OrderAction = 'approve' | 'reject' | 'cancel' | 'return';

export const getCatalogue = (challengeId: Id) =>
  getJson<ShopCatalogue>(routes.catalogue(challengeId));

export const getBudget = (challengeId: Id, teamId: Id) => getJson<TeamBudget>(routes.budget(challengeId, teamId));

/**
 * Every action is idempotent on the server (approving twice spends once), so a retry is always safe. Who acts is the
 * signed-in pupil or account: the server takes it from the session.
 */
export const actOnOrder = (challengeId: Id, teamId: Id, orderId: Id, action: OrderAction, reason = '') =>
  sendJson<ShopOrder>('POST', routes.orderAction(challengeId, teamId, orderId, action), { reason });

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
  sendJson<ShopCatalogue>('PUT', routes.catalogue(challengeId), { items });

export const putDefaultBudget = (challengeId: Id, budgetCents: number) =>
  sendJson<ShopCatalogue>('PUT', routes.defaultBudget(challengeId), { budgetCents });

/** Sets a team's own budget; the reason and who set it go into the team's ledger. */
export const adjustBudget = (challengeId: Id, teamId: Id, budgetCents: number, reason: string) =>
  sendJson<TeamBudget>('POST', routes.budgetAdjustments(challengeId, teamId), { budgetCents, reason });
