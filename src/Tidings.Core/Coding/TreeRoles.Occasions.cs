using Tidings.Documents;

namespace Tidings.Coding;

/// <summary>
/// Tree queries for an occasion told beside another act: "to mark the anniversary" as the purpose of a pardon or a
/// march, "demonstrators marking the anniversary" as what describes the people acted on.
/// </summary>
internal sealed partial class TreeRoles
{
    /// <summary>
    /// Nouns of protest and of protesters: an anniversary they mark is the occasion of the protest, coded as the protest.
    /// </summary>
    public static readonly HashSet<string> ProtestOccasionNouns = new(StringComparer.Ordinal)
    {
        "demonstration", "demonstrations", "demonstrator", "demonstrators", "protest", "protests", "protester", "protesters",
        "protestor", "protestors", "rally", "rallies", "march", "marches", "marcher", "marchers", "strike", "strikes",
    };

    /// <summary>
    /// Nouns that name a commemoration itself: "a ceremony marking the anniversary" is the symbolic act, not its occasion.
    /// </summary>
    public static readonly HashSet<string> CommemorationNouns = new(StringComparer.Ordinal)
    {
        "ceremony", "service", "commemoration", "memorial", "vigil", "parade", "wreath", "tribute", "procession", "minute",
    };

    /// <summary>
    /// The word a verb of occasion hangs from when it is told as another's purpose or description, not as a main act: the
    /// verb of a "to"-infinitive adverbial ("pardoned prisoners to mark the day": "pardoned") or the noun a participle
    /// modifies ("demonstrators marking the anniversary": "demonstrators"). -1 when the verb is a clause's main act.
    /// </summary>
    public int OccasionHost(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e || Head(verb) is not (var host and >= 0)) return -1;
        if (RelStarts(verb, "acl") && _doc.Token(verb).Xpos is "VBG" or "VBN") return host;
        if ((RelStarts(verb, "advcl") || RelIs(verb, "xcomp")) && MarkOf(verb) == "to") return host;
        return -1;
    }

    /// <summary>
    /// True when the verb's direct object is a proper name ("warned Armenia", "warned Tehran"): an "of" phrase the parser
    /// hangs on it belongs to the verb ("warned Armenia of a crushing response"), since a name takes no "of" complement.
    /// </summary>
    public bool NamedObject(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return false;
        foreach (var c in Children(verb))
            if (RelIs(c, "obj")) return _doc.Token(c).Upos == Upos.PROPN;
        return false;
    }
}
