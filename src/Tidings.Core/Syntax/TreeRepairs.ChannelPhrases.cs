namespace Tidings.Syntax;

public static partial class TreeRepairs
{
    /// <summary>Verbs that report what was said or posted through a channel ("wrote on X that", "said in a statement posted
    /// on Facebook that", "posted on Telegram that", "replied on X that"): the verbs of saying (as <see cref="SpeechVerbs"/>), with the verbs of posting.</summary>
    private static readonly HashSet<string> ChannelSpeechVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "say", "tell", "announce", "add", "state", "claim", "confirm", "insist", "explain", "write", "note", "report",
        "warn", "allege", "acknowledge", "admit", "deny", "declare", "reveal", "disclose", "indicate", "tweet", "post",
        "reply", "share", "publish", "upload", "stream", "broadcast", "circulate", "assert",
    };

    /// <summary>Nouns whose "that" clause tells their content ("claims that", "fears that"): the clause is theirs.</summary>
    private static readonly HashSet<string> ContentNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "claim", "report", "allegation", "accusation", "rumour", "rumor", "fear", "evidence", "news", "assurance", "promise",
        "warning", "sign", "hope", "belief", "fact", "suggestion", "speculation", "concern", "view", "idea", "proof", "charge",
    };

    /// <summary>
    /// "Trump wrote on Truth Social that he would impose ...", "the ministry said in a statement posted on Facebook that it
    /// had summoned ...", "said in a statement shared on its official channels that ...": the channel phrase between a verb
    /// of saying and its reported clause (a platform's name, a post, a statement with a participle of posting) is long or
    /// unknown to the parser, which hangs the "that" clause somewhere inside it (a complement of the "Social" it read as an
    /// adjective, an adverbial clause of "posted"), so the clause is the channel's, its pronoun subject is read off the
    /// platform ("it" = Facebook) and its act is taken for background. A verb of saying with no complement clause of its
    /// own, an oblique after it (the channel), and a finite clause opened by the subordinator "that" with a subject of its
    /// own, hung below that oblique with every word between the oblique and "that" inside the oblique's phrase: the clause
    /// is the verb of saying's complement (<c>ccomp</c>). <see cref="ReportedClauseOnOblique"/> mends the clause hung on the
    /// oblique noun itself; this one the clause hung deeper in it. Invariants: the clause was the oblique's descendant and
    /// the oblique the verb's child, so the verb is not below the clause and the tree stays a tree; a "that" that is the
    /// clause's subject or object (a relative clause: "a post that was later deleted") is not a subordinator and is left.
    /// </summary>
    private static void ReportedClauseInChannelPhrase(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        for (int say = 0; say < n; say++)
        {
            if (words[say].Upos != "VERB" || !ChannelSpeechVerbs.Contains(words[say].Lemma)) continue;
            bool complement = false;
            for (int i = 0; i < n && !complement; i++) if (heads[i] == say && relations[i] == "ccomp") complement = true;
            if (complement) continue;
            for (int obl = say + 1; obl < n; obl++)
            {
                if (heads[obl] != say || !relations[obl].StartsWith("obl", StringComparison.Ordinal)) continue;
                int clause = ChannelClause(words, heads, relations, obl, n);
                if (clause < 0) continue;
                heads[clause] = say;
                relations[clause] = "ccomp";
                break;
            }
        }
    }

    /// <summary>The verb of a "that" clause with its own subject hung strictly below <paramref name="obl"/>, opened right
    /// after the oblique's phrase (every word between the oblique and "that" is in it), or -1.</summary>
    private static int ChannelClause(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations, int obl, int n)
    {
        for (int that = obl + 1; that < n; that++)
        {
            if (!words[that].Form.Equals("that", StringComparison.OrdinalIgnoreCase) || relations[that] != "mark") continue;
            int verb = heads[that];
            if (verb <= that || verb == obl || words[verb].Upos is not ("VERB" or "AUX" or "ADJ" or "NOUN")) return -1;
            if (!Dominates(heads, obl, verb, n)) return -1;
            // "said in a report on claims that troops had ...": a clause that completes a noun of content is that noun's.
            if (heads[verb] >= 0 && ContentNouns.Contains(words[heads[verb]].Lemma)) return -1;
            bool subject = false;
            for (int i = that + 1; i < verb && !subject; i++)
                if (heads[i] == verb && relations[i] is "nsubj" or "nsubj:pass" or "expl") subject = true;
            if (!subject) return -1;
            for (int i = obl + 1; i < that; i++) if (!Dominates(heads, obl, i, n)) return -1;
            return verb;
        }
        return -1;
    }
}
