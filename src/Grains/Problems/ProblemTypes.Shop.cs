namespace ChallengeHub.Grains.Problems;

/// <summary>Refusals about the shop, budgets, orders and kits.</summary>
public static partial class ProblemTypes
{
    public static readonly ProblemType NotEnoughBudget = new("not-enough-budget", 409,
        new("Niet genoeg budget over", "Not enough budget left", "Budget restant insuffisant"));

    public static readonly ProblemType OutOfStock = new("out-of-stock", 409,
        new("Niet meer in voorraad", "Out of stock", "Plus en stock"));

    public static readonly ProblemType OrderNotPending = new("order-not-pending", 409,
        new("Bestelling wacht niet meer", "Order is no longer pending", "La commande n’est plus en attente"));

    public static readonly ProblemType OrderNotApproved = new("order-not-approved", 409,
        new("Bestelling is niet goedgekeurd", "Order is not approved", "La commande n’est pas approuvée"));

    public static readonly ProblemType OrderListFull = new("order-list-full", 409,
        new("De bestellijst is vol", "Order list is full", "La liste des commandes est pleine"));

    public static readonly ProblemType UnknownItem = new("unknown-item", 422,
        new("Onbekend artikel", "Unknown item", "Article inconnu"));

    public static readonly ProblemType ItemLeftShop = new("item-left-shop", 409,
        new("Artikel uit de winkel gehaald", "Item left the shop", "Article retiré de la boutique"));

    public static readonly ProblemType ItemInApprovedOrders = new("item-in-approved-orders", 409,
        new("Artikel zit in goedgekeurde bestellingen", "Item is in approved orders", "Article dans des commandes approuvées"));

    public static readonly ProblemType StockBelowApproved = new("stock-below-approved", 409,
        new("Voorraadgrens lager dan wat goedgekeurd is", "Stock limit below what was approved", "Stock inférieur à ce qui a été approuvé"));

    public static readonly ProblemType ShopFull = new("shop-full", 409,
        new("De winkel is vol", "Shop is full", "La boutique est pleine"));

    public static readonly ProblemType ShopClosed = new("shop-closed", 409,
        new("De winkel is gesloten", "Shop is closed", "La boutique est fermée"));

    public static readonly ProblemType BudgetsClosed = new("budgets-closed", 409,
        new("Budgetten liggen vast", "Budgets are closed", "Les budgets sont clôturés"));

    public static readonly ProblemType BudgetAlreadySpent = new("budget-already-spent", 409,
        new("Teams gaven al uit van dit budget", "Teams already spent from this budget", "Des équipes ont déjà dépensé ce budget"));

    public static readonly ProblemType BudgetBelowSpent = new("budget-below-spent", 409,
        new("Budget lager dan wat uitgegeven is", "Budget below what was spent", "Budget inférieur aux dépenses"));

    public static readonly ProblemType BudgetJustChanged = new("budget-just-changed", 409,
        new("Het budget is net veranderd", "Budget just changed", "Le budget vient de changer"));

    public static readonly ProblemType TooManyAdjustments = new("too-many-adjustments", 409,
        new("Geen plaats voor meer aanpassingen", "Too many adjustments", "Plus de place pour d’autres ajustements"));

    public static readonly ProblemType UnknownKitItem = new("unknown-kit-item", 422,
        new("Onbekend kitonderdeel", "Unknown kit item", "Pièce du kit inconnue"));

    public static readonly ProblemType KitsLocked = new("kits-locked", 409,
        new("Kits kunnen nu niet veranderen", "Kits cannot change now", "Les kits ne peuvent pas changer maintenant"));

    public static readonly ProblemType NoKitTemplate = new("no-kit-template", 409,
        new("Nog geen kitsjabloon", "No kit template yet", "Pas encore de modèle de kit"));

    public static readonly ProblemType NothingToReplace = new("nothing-to-replace", 409,
        new("Niets te vervangen", "Nothing to replace", "Rien à remplacer"));

    public static readonly ProblemType ReplacementRequested = new("replacement-requested", 409,
        new("Vervanging al aangevraagd", "Replacement already requested", "Remplacement déjà demandé"));

    public static readonly ProblemType TooManyReplacements = new("too-many-replacements", 409,
        new("Geen plaats voor meer vervangingsaanvragen", "Too many replacement requests", "Plus de place pour d’autres demandes de remplacement"));
}
