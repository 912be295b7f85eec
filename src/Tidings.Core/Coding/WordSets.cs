using System.Collections.Frozen;

namespace Tidings.Coding;

/// <summary>Closed-class word lists the shallow coder tests tokens against (span lookups, case-insensitive).</summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    public WordSet(params string[] words) =>
        _lookup = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
}

internal static class Words
{
    public static readonly WordSet Negation = new("not", "n't", "never", "no", "neither", "nor", "without");
    public static readonly WordSet Be = new("be", "is", "are", "was", "were", "been", "being", "am", "'s", "’s", "get", "got", "gets");
    public static readonly WordSet Aux = new("will", "would", "shall", "should", "can", "could", "may", "might", "must",
        "did", "does", "do", "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "to", "'ll", "’ll", "'d", "’d");
    // "wo" is the modal of "won't", split as "wo" + "n't".
    public static readonly WordSet IntendModal = new("will", "'ll", "’ll", "shall", "would", "wo");
    public static readonly WordSet IntendVerb = new("aim", "aims", "aimed", "aiming", "want", "wants", "wanted", "expect", "expects", "expected",
        "hope", "hopes", "hoped", "hoping", "set", "going", "seek", "seeks", "sought", "prepare", "prepares", "prepared", "preparing", "plans", "planned", "planning", "intends", "intended");
    public static readonly WordSet Possible = new("may", "might", "could", "possibly", "perhaps", "likely", "reportedly");
    public static readonly WordSet Conditional = new("if", "unless");
    /// <summary>Month names and their wire abbreviations, for "in June 2020".</summary>
    public static readonly WordSet MonthName = new("January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec");
    /// <summary>Words that place a time inside a year: "in early 2019", "in late March 2020".</summary>
    public static readonly WordSet YearLead = new("early", "late", "mid", "mid-", "the", "spring", "summer", "autumn", "fall", "winter");
    /// <summary>Verbs of permission: what they allow is made possible, not done ("will allow troops to train").</summary>
    public static readonly WordSet Permit = new("allow", "allows", "allowed", "allowing", "enable", "enables", "enabled", "enabling",
        "permit", "permits", "permitted", "permitting", "authorize", "authorizes", "authorized", "authorizing", "authorise", "authorises",
        "authorised", "authorising", "let", "lets", "letting");

    /// <summary>
    /// Words that only a report of play uses: positions, scoring and the units of a match in football, cricket, rugby,
    /// basketball, American football and tennis ("the goalkeeper", "bowlers", "two wickets", "a late equaliser"). None is a
    /// word of politics or war in news English, so one of them marks a sentence about a game; words with a political or
    /// violent sense too are left out ("strikers" on strike, "league", "goal", "match", "penalties", "batter", "derby").
    /// </summary>
    public static readonly WordSet SportPlay = new("midfielder", "midfielders", "goalkeeper", "goalkeepers",
        "goalie", "winger", "wingers", "full-back", "centre-back", "center-back", "playmaker", "batsman", "batsmen",
        "bowler", "bowlers", "wicket", "wickets", "innings", "stumps", "all-rounder", "quarterback",
        "quarterbacks", "touchdown", "touchdowns", "linebacker", "equaliser", "equalizer", "hat-trick",
        "half-time", "halftime", "scoreline", "goalless", "three-pointer", "tie-break", "tiebreak", "semi-final", "semi-finals",
        "semifinal", "semifinals", "quarter-final", "quarter-finals", "quarterfinal", "quarterfinals", "play-off", "play-offs",
        "playoff", "playoffs", "kick-off", "kickoff", "tournament", "championship", "teammate", "teammates");

    /// <summary>Words that tell real violence or a real force within a sentence that also reports play ("fans attacked the
    /// team bus", "police fired tear gas outside the stadium"): with one of them a conflict verb keeps its sense.</summary>
    public static readonly WordSet SportViolence = new("fans", "supporters", "hooligans", "ultras", "police", "riot", "rioters",
        "killed", "dead", "wounded", "injured", "hurt", "hospital", "arrested", "bus", "coach", "stones", "bottles", "flares",
        "knife", "gun", "gunmen", "bomb", "troops", "soldiers", "army", "militants", "rebels", "missile", "missiles", "terrorist",
        "terrorists", "shelling", "airstrike", "airstrikes", "war");

    /// <summary>Verbs of promising whose money object is an aid pledge ("pledged 12 million dollars to Tonga"), not a payment.</summary>
    public static readonly WordSet PromiseMoney = new("pledge", "pledges", "pledged", "pledging", "promise", "promises", "promised", "promising",
        "offer", "offers", "offered", "offering", "vow", "vows", "vowed", "vowing", "commit", "commits", "committed", "committing");

    /// <summary>Verbs whose object is an event that did not happen ("to avoid clashes", "averted a strike").</summary>
    public static readonly WordSet Avert = new("avoid", "avoids", "avoided", "avoiding", "avert", "averts", "averted", "averting",
        "prevent", "prevents", "prevented", "preventing", "forestall", "forestalled", "deter", "deters", "deterred", "deterring");
    public static readonly WordSet Determiner = new("the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those",
        "some", "any", "several", "two", "three", "both", "all", "other", "such");
    public static readonly WordSet NounContext = new("the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "of",
        "'s", "’s", "'", "’", "new", "fresh", "further", "repeated", "recent", "latest", "renewed", "deadly", "fierce", "heavy", "first", "joint", "any", "no");
    public static readonly WordSet ClauseOpener = new("while", "whereas", "although", "though", "but", "after", "before", "when", "as", "because", "since", "whilst");
    public static readonly WordSet Relative = new("which", "who", "whose");
    public static readonly WordSet Coordinator = new("and", "but");
    public static readonly WordSet CoordAdverb = new("also", "then", "later", "subsequently", "again", "later", "briefly", "separately", "jointly");
    /// <summary>Words that may sit between a target preposition and the actor: "strikes on northern Syria".</summary>
    public static readonly WordSet PlaceAdjective = new("northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
        "northeastern", "northwestern", "southeastern", "southwestern", "neighbouring", "neighboring", "occupied", "rebel-held", "coastal", "border", "nearby");
    public static readonly WordSet Possessive = new("'s", "’s", "'", "’");
    public static readonly WordSet BlockingPrep = new("by", "according", "than", "like", "unlike", "despite", "from", "under", "among");
    /// <summary>Adjectives of a bygone regime or age that, before a <see cref="PeriodNoun"/>, name history ("the Soviet period").</summary>
    public static readonly WordSet BygoneRegime = new("Soviet", "colonial", "Ottoman", "Nazi", "apartheid", "Stalinist", "Stalin", "tsarist", "czarist",
        "Tsarist", "Czarist", "Maoist", "Victorian", "imperial", "feudal", "medieval", "Mughal", "Habsburg", "Francoist", "Communist-era", "pre-war", "prewar", "postwar", "post-war", "wartime");
    /// <summary>Nouns of an age ("period", "era", "times", "rule") after a <see cref="BygoneRegime"/>.</summary>
    public static readonly WordSet PeriodNoun = new("period", "era", "times", "days", "years", "rule", "regime", "occupation", "empire", "age", "decades");
    public static readonly WordSet EraNoun = new("war", "conflict", "uprising", "revolution", "occupation", "regime", "era", "rule", "civil", "crisis", "reign", "dictatorship", "1990s", "1980s", "2000s", "2010s");
    /// <summary>Auxiliaries before "previously" that make it date the clause's own act ("has previously said").</summary>
    public static readonly WordSet HistoryAux = new("has", "have", "had", "was", "were");
    public static readonly WordSet AgoUnit = new("years", "decades", "year", "decade", "centuries", "century");
    /// <summary>Session 64 (wanted64): the day a framing verb was said on ("agreed on Thursday to", "urged Kyiv on Monday to"),
    /// which stands between the frame and its "to"-infinitive as the frame's own time, not as words of the framed act.</summary>
    public static readonly WordSet FrameDay = new("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "today", "yesterday", "tonight");
    public static readonly WordSet FrameGap = new("to", "for", "a", "an", "the", "its", "their", "that", "it", "they", "he", "she", "would", "will",
        "immediate", "an", "end", "of", "on", "not", "never", "be", "new", "further", "more", "any", "all", "direct", "urgent", "swift", "swiftly", "immediately", "'s", "’s");
}
