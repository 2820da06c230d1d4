using System.Collections.Frozen;

namespace Storyline.Language;

/// <summary>The word lists entity chunking reasons with. Written for this project.</summary>
internal static partial class EntityRecognizer
{
    private static readonly FrozenSet<string> NonNameAdjectives = new[]
    {
        "Western", "Eastern", "Northern", "Southern", "Central", "Islamist", "Islamic", "European", "Asian", "African", "Arab",
        "Muslim", "Muslims", "Christian", "Jewish", "Kurdish", "Sunni", "Shia", "Shiite", "Pashtun", "Latin", "Arabic",
        "Catholic", "Orthodox", "Hindu", "Buddhist", "Baltic", "Nordic", "Pacific", "Atlantic", "Gulf", "Kurd", "Kurds",
        "English", "Republican", "Democratic", "Democrat", "Communist", "Nazi", "Hazara", "Tajiks", "Uzbeks",
    }.ToFrozenSet(StringComparer.Ordinal);

    // What a sports team does and has; a place does none of these ("won", "signed", "led" are
    // left out: countries win wars, sign treaties and lead talks).
    private static readonly FrozenSet<string> TeamVerbs = new[]
    {
        "beat", "beats", "defeated", "defeats", "edged", "routed", "thrashed", "drafted", "traded", "trailed", "rallied", "clinched",
        "outscored", "scored",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> TeamRoles = new[]
    {
        "coach", "quarterback", "striker", "midfielder", "defender", "goalkeeper", "manager", "pitcher", "roster", "squad", "fans",
        "players", "offense", "defense", "lineup", "captain", "forward", "winger", "linebacker", "receiver",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NonPersonHeads = new[]
    {
        "Policy", "Act", "Law", "Program", "Programme", "Plan", "Report", "Day", "Week", "Year", "War", "Summit", "Conference",
        "Agreement", "Treaty", "Deal", "Accord", "Strategy", "Initiative", "Project", "Festival", "Award", "Prize", "Cup",
        "Championship", "Games", "Index", "Crisis", "Revolution", "Reply", "Comment", "Comments", "Newsletter", "Content",
        "Policy", "Terms", "Privacy", "Cookies", "Advertisement", "Photo", "Video", "Share", "Subscribe", "Menu", "Home",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Common nouns and adjectives that title case capitalises; a span holding one is no person's name.</summary>
    private static readonly FrozenSet<string> CommonWords = ("goat game ball building series planet way oddity rocket rockets zone zones change store calendar tips " +
        "travel dragon heavy name names update updates feature features news video videos photo photos image images caption story stories " +
        "highlights more read click subscribe share comment comments follow sign log login menu search home page privacy terms policy cookie " +
        "cookies contact advertisement advertise sponsored related trending popular latest breaking live watch listen podcast newsletter email " +
        "day night morning evening week month year today tonight yesterday tomorrow new old big small great good best top first last next " +
        "north south east west central national international global world space air sea land water fire power energy light dark black white " +
        "red blue green gold silver star stars sun moon earth island city street road avenue house hall town tower bridge park garden " +
        "station center centre school university church hospital market bank club team league cup championship series final finals season " +
        "war peace law act bill plan program programme project report study index fund tax trade deal summit conference forum festival award " +
        "prize show film movie album song book edition version model system network service services app apps site website online digital " +
        "mobile phone phones smart data cloud tech technology science health care family life love people man men woman women boy girl boys girls " +
        "kids children baby father mother brother sister son daughter wife husband king queen prince princess lord lady sir madam doctor " +
        "professor officer captain chief president minister secretary director manager editor reporter author writer staff member members " +
        "officials official authorities police experts scientists researchers witnesses residents analysts investigators " +
        "time times history future past present part parts point points level levels case cases issue issues question questions answer " +
        "long-time all-star flight inner harbor outer upper lower front back side left right top bottom middle high low").Split(' ').ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Capitalised abbreviations that are no entity: time zones, units, formats.</summary>
    private static readonly FrozenSet<string> NonEntities = new[]
    {
        "GMT", "UTC", "EST", "EDT", "PST", "PDT", "CET", "BST", "ET", "PT", "CT", "AM", "PM", "TV", "PIN", "USB", "PDF", "CEO", "CFO", "OK",
        "HOST", "VIDEO", "PHOTO", "MORE", "READ", "WATCH", "UPDATE", "BREAKING", "EXCLUSIVE", "LIVE", "NEW", "HUGE", "ADVERTISEMENT",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that open sentences capitalised but name nothing ("Later Okafor said").</summary>
    private static readonly FrozenSet<string> SentenceAdverbs = ("later earlier then meanwhile now today yesterday tomorrow also still separately instead " +
        "recently previously finally first next last again currently initially eventually overall indeed thus hence nevertheless " +
        "nonetheless moreover furthermore additionally similarly likewise elsewhere afterwards regardless speaking asked told says said").Split(' ').ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Connectors = new[] { "of", "for", "and" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> PlacePrepositions = new[] { "in", "near", "across", "outside", "inside", "to", "from", "at" }.ToFrozenSet(StringComparer.Ordinal);
}
