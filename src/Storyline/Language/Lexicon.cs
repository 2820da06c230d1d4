using System.Collections.Frozen;

namespace Storyline.Language;

/// <summary>English word lists the Language stage reasons with. Written for this project.</summary>
internal static class Lexicon
{
    private static FrozenSet<string> Set(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string> Stopwords = Set(
        "a an the and or but nor so yet for of in on at by to from with without into onto over under about after before " +
        "during since until till as than then that this these those there here it its he she they we you i me him her them us " +
        "his hers their our your my is are was were be been being am do does did has have had will would shall should can could " +
        "may might must not no if when while where why how what which who whom whose all any both each few more most other some " +
        "such only own same too very just also even still however meanwhile although though because unlike like despite " +
        "according among between through against across around near per via up down out off again further once");

    public static bool IsStopword(string lower) => Stopwords.Contains(lower);

    /// <summary>Abbreviated titles after which a full stop never ends a sentence.</summary>
    public static readonly FrozenSet<string> TitleAbbreviations = Set(
        "mr mrs ms dr gen col lt sgt capt gov sen rep st prof rev adm maj cmdr hon pres fr mt ft no nos vs approx dept univ jr sr cpl pvt supt insp det gov't");

    /// <summary>Abbreviations that may end a sentence ("Inc.", "etc.").</summary>
    public static readonly FrozenSet<string> TrailingAbbreviations = Set("etc inc corp ltd co bros plc llc");

    public static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6,
        ["july"] = 7, ["august"] = 8, ["september"] = 9, ["october"] = 10, ["november"] = 11, ["december"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, int> MonthAbbreviations = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["jun"] = 6, ["jul"] = 7, ["aug"] = 8,
        ["sep"] = 9, ["sept"] = 9, ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>(StringComparer.Ordinal)
    {
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Capitalised words that make a title before a name ("Foreign Minister", "Gen.").</summary>
    public static readonly FrozenSet<string> TitleWords = Set(
        "President Vice Prime Minister Foreign Defence Defense Interior Finance Deputy Acting Secretary General Gen Sen Senator " +
        "Rep Representative Gov Governor Mayor King Queen Prince Princess Chancellor Ambassador Envoy Spokesman Spokeswoman " +
        "Spokesperson Chief Justice Judge Commander Colonel Col Lt Lieutenant Admiral Adm Pope Cardinal Bishop Archbishop Rabbi " +
        "Imam Sheikh Mullah Dr Mr Mrs Ms Miss Professor Prof Director Chairman Chairwoman Chair Former Attorney CEO Lord Sir " +
        "Dame Speaker Leader Premier Commissioner Sergeant Sgt Captain Capt Officer Detective Presidential Supreme Grand " +
        "Ayatollah Emir Crown Security Adviser Advisor Economy Trade Health Education Energy Labor Labour Home Treasury Maj " +
        "Senior Special Assistant Executive Managing Undersecretary Under Permanent Top Head Sultan Emperor Empress Duke Duchess " +
        "Councillor Councilman Councilwoman Congressman Congresswoman Lawmaker Inspector Superintendent Marshal Field Brigadier " +
        "Major Corporal Private Pastor Father Reverend Rev Ayatolla Commissioner Founder Coach Agriculture Environment Culture " +
        "Transport Transportation Communications Information Intelligence Homeland Interim Caretaker Opposition Majority Minority " +
        "Whip Party First Lady Prosecutor Secretary-General Senate House State Deputy-Prime Co-founder Chief-of-Staff Staff");

    /// <summary>Honorifics that are not roles ("Mr.").</summary>
    public static readonly FrozenSet<string> Honorifics = Set("Mr Mrs Ms Miss Sir Dame");

    /// <summary>Lower-case nouns that make a role ("the group's spokesman", "envoy to Afghanistan").</summary>
    public static readonly FrozenSet<string> RoleNouns = Set(
        "president minister envoy ambassador spokesman spokeswoman spokesperson secretary chairman chairwoman chair director " +
        "chief head leader commander general governor mayor senator representative adviser advisor official diplomat negotiator " +
        "prosecutor judge lawyer attorney ceo founder executive analyst professor editor correspondent king queen prince premier " +
        "chancellor deputy lawmaker councillor officer administrator coordinator counsel economist researcher scientist expert " +
        "candidate nominee speaker manager aide coach reporter journalist author emir sultan pope cleric commissioner owner " +
        "president-elect vice-president co-founder strategist militant commentator historian doctor biologist physicist chemist " +
        "astronomer engineer teacher student activist driver player pilot farmer soldier singer actor actress rapper musician artist " +
        "designer producer novelist poet writer entrepreneur investor banker quarterback champion astronaut surgeon nurse physician " +
        "psychologist sociologist epidemiologist virologist lecturer dean principal rector chancellor superintendent sheriff detective " +
        "inspector marshal colonel captain lieutenant sergeant admiral major officer host anchor presenter columnist photographer");

    /// <summary>Lower-case words that may sit inside a role ("presidential envoy", "acting deputy prime minister").</summary>
    public static readonly FrozenSet<string> RoleModifiers = Set(
        "presidential acting deputy foreign prime top senior special former political military chief vice executive general " +
        "interim state defence defense interior finance security national regional local international russian american " +
        "assistant associate principal permanent supreme high-ranking leading main new longtime");

    /// <summary>Lower-case nouns that describe a person without being a role ("the model", "the frontman"): a quote's speaker.</summary>
    public static readonly FrozenSet<string> PersonDescriptions = Set(
        "man woman boy girl father mother son daughter husband wife brother sister personality frontman model star " +
        "businessman businesswoman billionaire mogul tycoon victim survivor witness resident neighbour neighbor " +
        "veteran fan friend parent grandmother grandfather widow suspect defendant");

    /// <summary>Verbs of speech that attribute a quote.</summary>
    public static readonly FrozenSet<string> SpeechVerbs = Set(
        "said says say told tells stressed stresses warned warns added adds noted notes explained explains insisted insists " +
        "declared declares announced announces asked asks replied replies wrote writes tweeted tweets stated states argued argues " +
        "claimed claims continued continues saying telling adding warning stressing noting insisting declaring announcing " +
        "urged urges acknowledged acknowledges admitted admits recalled recalls emphasized emphasised emphasizes emphasises " +
        "commented comments responded responds affirmed affirms suggested suggests vowed vows remarked remarks confirmed " +
        "confirms described describes called calls posted posts predicted predicts concluded concludes observed observes " +
        "countered counters reiterated reiterates pointed cautioned cautions conceded concedes indicated indicates specified " +
        "assured assures promised promises condemned condemns denounced denounces demanded demands");

    /// <summary>Pronouns that stand for the last person named.</summary>
    public static readonly FrozenSet<string> PersonPronouns = Set("he she");

    /// <summary>Words after a capitalised adjective that show it is no name ("Central Asian").</summary>
    public static readonly FrozenSet<string> OrgKeywords = Set(
        "Ministry Department Agency Council Committee Commission Party Union Bank Company Corporation Corp Inc Ltd Group " +
        "University College School Association Organization Organisation Institute Court Army Forces Force Navy Office Times " +
        "Post News Fund Foundation Federation Front Movement Police Parliament Assembly Senate Congress Network Airlines " +
        "Airways Motors Club Church Service Services Bureau Authority Board Reserve Administration Alliance Coalition League " +
        "Brigade Brigades Guard Guards Society Center Centre Hospital Museum Agency Media Press Journal Herald Tribune Telegraph " +
        "Gazette Broadcasting Television Radio Industries Holdings Partners Capital Group Trust Exchange Cabinet Secretariat " +
        "Directorate Inspectorate Tribunal Commandos Corps Division Regiment Battalion Squad Unit Team Institute " +
        "Branch Air Lines Zoo Wire Records Studios Pictures Entertainment Labs Genetics Magazine Channel Network Times-News " +
        "Laboratory Laboratories Systems Technologies Pharmaceuticals Energy Oil Airlines Railways Games Olympics FC");

    /// <summary>Last words that make a capitalised span a place.</summary>
    public static readonly FrozenSet<string> PlaceKeywords = Set(
        "City County Province Region District State Street Avenue Road Square River Mountains Mountain Island Islands Valley " +
        "Sea Ocean Lake Bay Gulf Peninsula Desert Strait Canal Airport Port Border Village Town Oblast Krai Republic Territory " +
        "Territories Park Bridge Hills Coast Plain Basin Heights Building Field Stadium Arena Prison Station Harbor Harbour");

    /// <summary>Heads a connector "of" may follow inside a name ("Bank of England", "Secretary of State").</summary>
    public static readonly FrozenSet<string> OfHeads = Set(
        "Ministry Department Bank University Republic Kingdom Secretary Minister Minister's Council Commission Court Institute " +
        "College School Federation Union League Association Organization Organisation Office Board Chamber House Duke Prince " +
        "Princess Queen King Gulf Bay Sea Isle Cape Strait City Church Museum Academy Party Committee State States Governor " +
        "Mayor Chief Head Director Chairman President Chancellor Emirate Emirates Sultanate Islands");

    /// <summary>Lower-case particles inside personal names ("Osama bin Laden", "Ursula von der Leyen").</summary>
    public static readonly FrozenSet<string> NameParticles = Set("bin ibn al el de del della der van von da di du la le dos das");

    public static readonly FrozenDictionary<string, long> NumberWords = new Dictionary<string, long>(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["dozen"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, long> ScaleWords = new Dictionary<string, long>(StringComparer.Ordinal)
    {
        ["hundred"] = 100, ["thousand"] = 1000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000,
        ["trillion"] = 1_000_000_000_000, ["mln"] = 1_000_000, ["bln"] = 1_000_000_000, ["m"] = 1_000_000, ["bn"] = 1_000_000_000,
        ["k"] = 1000,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Common given names: a span that starts with one is a person.</summary>
    public static readonly FrozenSet<string> FirstNames = Set(
        "Ian Kris Chris Max Ben Sam Alex Nick Matt Dan Tom Jim Bob Rob Ted Ed Tim Will Jon Andy Tony Ron Don Ken Ray Phil Greg Jeff Brad Chad Todd Luke Leo Hugo Oscar " +
        "Emma Kate Anne Jane Sue Amy Meg Jill Eva Ella Lily Zoe Chloe Lucy Sophie Claire Julia Nina Sara Mia Ava Isabel Marta Elena " +
        "James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark Donald " +
        "Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric " +
        "Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick Raymond Jack Dennis Jerry " +
        "Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle Walter Ethan Jeremy Harold Keith Christian Roger Noah " +
        "Gerald Carl Terry Sean Austin Arthur Lawrence Jesse Dylan Bryan Joe Jordan Billy Bruce Albert Willie Gabriel Logan Alan " +
        "Juan Wayne Roy Ralph Randy Eugene Vincent Russell Elijah Louis Bobby Philip Johnny Mary Patricia Jennifer Linda " +
        "Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty Margaret Sandra Ashley Kimberly Emily Donna Michelle " +
        "Dorothy Carol Amanda Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Shirley Angela Helen Anna " +
        "Brenda Pamela Nicole Emma Samantha Katherine Christine Debra Rachel Catherine Carolyn Janet Ruth Maria Heather Diane " +
        "Virginia Julie Joyce Victoria Olivia Kelly Christina Lauren Joan Evelyn Judith Megan Cheryl Andrea Hannah Martha " +
        "Jacqueline Frances Gloria Ann Teresa Kathryn Sara Janice Jean Alice Madison Doris Abigail Julia Judy Grace Denise Amber " +
        "Marilyn Beverly Danielle Theresa Sophia Marie Diana Brittany Natalie Isabella Charlotte Rose Alexis Kayla Hillary " +
        "Barack Joe Kamala Nancy Mitch Bernie Elizabeth Boris Emmanuel Angela Olaf Vladimir Sergei Sergey Dmitry Dmitri Maria " +
        "Alexei Alexey Mikhail Ivan Nikolai Igor Yuri Andrei Viktor Volodymyr Xi Li Wang Zhang Recep Narendra Imran Shinji " +
        "Justin Jacinda Scott Theresa Gordon Tony Keir Rishi Liz Jeremy Ursula Josep Antonio Pedro Mario Giorgia Matteo Jair " +
        "Luiz Abdul Mohammed Muhammad Mohammad Ahmed Ahmad Ali Hassan Hussein Omar Khalid Abdullah Ashraf Hamid Zalmay Amir " +
        "Benjamin Naftali Yair Bashar Hosni Abdel Kim Moon Jae Shinzo Fumio Yoshihide Jens Antony Mike Lloyd Jake Jen Rex " +
        "Hamid Mullah Elon Jeff Bill Steve Tim Mark Warren Sundar Satya Greta Pope Francis Angela Jean-Yves Jean-Claude " +
        "Jean-Marie Francois François Nicolas Jacques Marine Gerhard Helmut Frank-Walter Annalena Sebastian Heiko Christine");
}
