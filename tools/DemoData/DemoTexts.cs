namespace ChallengeHub.DemoData;

/// <summary>The Dutch texts the demo picks from: schools in Flemish towns, team names, milestones, stories, shop and kit, feedback.</summary>
internal static class DemoTexts
{
    public static readonly string[] Provinces = ["Antwerpen", "Limburg", "Oost-Vlaanderen", "West-Vlaanderen", "Vlaams-Brabant"];

    public static readonly string[] SchoolKinds = ["VTI", "GO! Technisch Atheneum", "Sint-Jozefsinstituut", "KTA", "PTI", "Vrij Technisch Instituut", "TSM", "Campus"];

    public static readonly string[] Towns =
    [
        "Aalst", "Brugge", "Geel", "Genk", "Gent", "Hasselt", "Herentals", "Kortrijk", "Leuven", "Lier", "Lokeren", "Mechelen",
        "Mol", "Oostende", "Roeselare", "Ronse", "Sint-Niklaas", "Tienen", "Tielt", "Turnhout", "Vilvoorde", "Waregem", "Ieper", "Zottegem",
    ];

    public static readonly string[] ElectroTeams =
    [
        "De Vonkenmakers", "Team Stroomversnelling", "De Schakelaars", "De Draadkrachten", "Team Spanningsveld", "Volt Vooruit", "De Ampèrebende",
        "De Kortsluiters", "Team Weerstand", "De Relaisploeg",
    ];

    public static readonly string[] ConstructionTeams =
    [
        "De Bouwbende", "Houtwerk Helden", "Team Fundament", "Zaag & Zo", "De Metselmeesters", "De Timmerploeg", "Team Dakgoot",
        "De Schaafploeg", "Team Waterpas", "De Balkenbrigade",
    ];

    public static readonly string[] ElectroMilestones =
    [
        "Schakelschema getekend", "Voeding veilig aangesloten", "Motorsturing getest", "Sensor gekalibreerd",
        "Eerste rit op het parcours", "Kabelboom netjes afgewerkt", "Bestelling binnen budget geplaatst", "Storing in de sturing gevonden",
    ];

    public static readonly string[] ConstructionMilestones =
    [
        "Grondplan uitgezet", "Houtverbindingen gezaagd", "Gerecycleerde materialen gekozen", "Maquette afgewerkt",
        "Muurtje gemetseld", "Afwerking geschuurd en gelakt", "Ontwerp voorgesteld aan de klas", "Isolatie geplaatst",
    ];

    public static readonly string[] Stories =
    [
        "Eerst hebben we alles op papier gezet, daarna hebben we het stap voor stap opgebouwd.",
        "Het lukte niet meteen, maar na wat meten en testen vonden we zelf de oplossing.",
        "We hebben de taken verdeeld zodat iedereen kon doen waar hij of zij sterk in is.",
        "Onze coach keek mee, maar de keuzes hebben we zelf gemaakt en uitgelegd.",
        "We hebben gekozen voor materiaal dat we kunnen hergebruiken.",
        "Vandaag hebben we ons werk aan een andere klas uitgelegd.",
    ];

    public static readonly string[] Shown =
    [
        "Jullie werkten nauwkeurig en legden elke stap duidelijk uit.",
        "Sterk hoe jullie samen een oplossing zochten toen iets niet meteen lukte.",
        "Mooi afgewerkt: je ziet dat jullie trots zijn op dit werk.",
        "Jullie planning was helder en jullie hielden je eraan.",
    ];

    public static readonly string[] NextSteps =
    [
        "Probeer bij de volgende stap vooraf op te schrijven wat jullie verwachten te meten.",
        "Leg jullie keuzes de volgende keer ook uit aan een ander team.",
        "Maak van jullie werkwijze een korte checklist die een ander team kan volgen.",
    ];

    public static readonly (string Sku, string Name, string Description, long UnitPriceCents)[] ElectroShop =
    [
        ("KABEL-25", "Installatiekabel 2,5 mm²", "Per meter.", 120), ("RELAIS-24", "Relais 24 V", "Met voetje.", 650),
        ("SENSOR-IR", "Infraroodsensor", "Lijnvolger, 5 V.", 480), ("MOTOR-DC", "DC-motor met reductie", "6-12 V.", 1250),
    ];

    public static readonly (string Sku, string Name, string Description, long UnitPriceCents)[] ConstructionShop =
    [
        ("PLANK-18", "Multiplex 18 mm", "Plaat van 60 × 120 cm.", 1890), ("SCHROEF-4", "Houtschroeven 4 × 40", "Doos van 200.", 790),
        ("LIJM-D3", "Houtlijm D3", "Fles van 750 g.", 990), ("ISOL-PIR", "Isolatieplaat", "60 × 120 cm, 4 cm.", 1450),
    ];

    public static readonly (string PartNumber, string Description, int Quantity, int UnitValueCents)[] ElectroKit =
    [
        ("PLC-MINI", "Mini-PLC met 8 in- en uitgangen", 1, 18900), ("VOEDING-24", "Voeding 24 V, 2,5 A", 1, 3450),
        ("DRUK-NO", "Drukknop, maakcontact", 4, 290), ("MULTIMETER", "Digitale multimeter", 1, 2490),
    ];

    public static readonly string[] OrderNotes = ["Voor de sturing van de motor.", "We kwamen net te kort.", "Voor de afwerking.", "Reserve voor de testen."];

    public static readonly string[] RunNotes = ["Eerste poging", "Na bijregelen van de sensor", "Bocht strakker genomen", "Nieuwe batterij", ""];
}
