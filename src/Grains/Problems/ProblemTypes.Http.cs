namespace ChallengeHub.Grains.Problems;

/// <summary>Refusals the Silo's HTTP pipeline sends itself: sign-in, permissions, limits, request bodies and photo uploads.</summary>
public static partial class ProblemTypes
{
    public static readonly ProblemType BadRequest = new("bad-request", 400,
        new("Dit verzoek klopt niet", "Bad request", "Requête incorrecte"));

    public static readonly ProblemType UnreadableRequest = new("unreadable-request", 400,
        new("Het verzoek kon niet gelezen worden", "The request could not be read", "La requête n’a pas pu être lue"));

    public static readonly ProblemType ReloadPage = new("reload-page", 400,
        new("Herlaad de pagina", "Please reload the page", "Veuillez recharger la page"));

    public static readonly ProblemType NotSignedIn = new("not-signed-in", 401,
        new("Meld je eerst aan", "Sign in first", "Connectez-vous d’abord"));

    public static readonly ProblemType SignInNotCompleted = new("sign-in-not-completed", 401,
        new("Aanmelden niet afgerond", "Sign-in not completed", "Connexion non terminée"));

    public static readonly ProblemType NotAllowed = new("not-allowed", 403,
        new("Niet open voor dit account", "Not open to this account", "Pas ouvert à ce compte"));

    public static readonly ProblemType OriginNotAllowed = new("origin-not-allowed", 403,
        new("Herkomst niet toegestaan", "Origin not allowed", "Origine non autorisée"));

    public static readonly ProblemType NotFound = new("not-found", 404,
        new("Niet gevonden", "Not found", "Introuvable"));

    public static readonly ProblemType MethodNotAllowed = new("method-not-allowed", 405,
        new("Deze methode past hier niet", "Method not allowed", "Méthode non autorisée"));

    public static readonly ProblemType TooLarge = new("too-large", 413,
        new("Te groot", "Too large", "Trop volumineux"));

    public static readonly ProblemType UnsupportedMediaType = new("unsupported-media-type", 415,
        new("Dit formaat past hier niet", "Unsupported media type", "Format non pris en charge"));

    public static readonly ProblemType RateLimited = new("rate-limited", 429,
        new("Even een korte pauze", "A short pause, please", "Une courte pause, s’il vous plaît"));

    public static readonly ProblemType Unexpected = new("unexpected", 500,
        new("Er ging bij ons iets mis", "Something went wrong on our side", "Un problème est survenu de notre côté"));

    public static readonly ProblemType PhotoFormat = new("photo-format", 415,
        new("Geen foto die ChallengeHub kan bewaren", "Not a photo ChallengeHub can keep", "Pas une photo que ChallengeHub peut garder"));

    public static readonly ProblemType PhotoTooManyPixels = new("photo-too-many-pixels", 400,
        new("De foto heeft te veel pixels", "Photo has too many pixels", "La photo a trop de pixels"));

    public static readonly ProblemType PhotoUnreadable = new("photo-unreadable", 400,
        new("De foto kon niet gelezen worden", "Photo could not be read", "La photo n’a pas pu être lue"));

    public static readonly ProblemType PhotoNotFormUpload = new("photo-not-form-upload", 415,
        new("Stuur de foto als formulierupload", "Send the photo as a form upload", "Envoyez la photo via un formulaire"));

    public static readonly ProblemType UploadUnreadable = new("upload-unreadable", 400,
        new("De upload kon niet gelezen worden", "The upload could not be read", "Le téléversement n’a pas pu être lu"));

    public static readonly ProblemType PhotoMissing = new("photo-missing", 400,
        new("Geen foto in de upload", "No photo in the upload", "Pas de photo dans le téléversement"));

    public static readonly ProblemType PhotoEmpty = new("photo-empty", 400,
        new("De foto is leeg", "The photo is empty", "La photo est vide"));

    public static readonly ProblemType PhotoTooLarge = new("photo-too-large", 413,
        new("De foto is te groot", "Photo is too large", "La photo est trop volumineuse"));

    /// <summary>The entry for a ProblemDetails that the framework wrote from a bare status code (a 404 route, a 401 challenge).</summary>
    public static ProblemType ForStatus(int status) => status switch
    {
        400 => BadRequest,
        401 => NotSignedIn,
        403 => NotAllowed,
        404 => NotFound,
        405 => MethodNotAllowed,
        413 => TooLarge,
        415 => UnsupportedMediaType,
        429 => RateLimited,
        _ => Unexpected,
    };
}
