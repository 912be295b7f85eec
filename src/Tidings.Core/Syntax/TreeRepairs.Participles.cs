namespace Tidings.Syntax;

public static partial class TreeRepairs
{
    /// <summary>Verbs whose participle after a comma tells what the main clause's doer said of the news ("..., accusing
    /// the group of war crimes", "..., calling the vote a farce", "..., saying ...").</summary>
    private static readonly HashSet<string> SpeechParticiples = new(StringComparer.OrdinalIgnoreCase)
    {
        "accuse", "say", "call", "describe", "urge", "warn", "blame", "insist", "claim", "cite", "vow", "brand", "label",
        "denounce", "condemn", "argue", "add", "charge", "demand", "threaten", "promise", "pledge",
    };

    /// <summary>Subordinators of a clause that sets the time or cause of the main clause's news.</summary>
    private static readonly HashSet<string> TimeOrCauseSubordinators = new(StringComparer.OrdinalIgnoreCase)
    {
        "after", "before", "when", "since", "because", "once", "until",
    };

    /// <summary>
    /// "Petro suspended peace talks with the ELN after its fighters killed 80 people, accusing the group's commanders of
    /// war crimes": the greedy parser hangs a participle at the end of the sentence on the nearest verb, the subordinate
    /// clause's. A participle of saying after a comma tells what the main clause's doer said about the news; the doer
    /// of an act given only as its time or cause ("after", "before", "when" ...) is not the one who comments on it. So a
    /// comma-led participle of a speech verb (<see cref="SpeechParticiples"/>) that hangs on a verb with a subject of its
    /// own, which is itself an adverbial clause opened by such a subordinator and hung on an earlier verb, hangs on that
    /// earlier verb. A participle of result ("..., killing 30") stays on the nearest act, whose result it tells; so does a
    /// speech participle after a speech verb ("after the minister said ..., adding"). Invariant: one tree, else undone.
    /// </summary>
    private static void SpeechParticipleOfMainClause(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        for (int p = 2; p < n; p++)
        {
            if (words[p].Xpos != "VBG" || relations[p] != "advcl" || words[p - 1].Form != ",") continue;
            if (!SpeechParticiples.Contains(words[p].Lemma)) continue;
            int h = heads[p];
            if (h < 0 || h > p || relations[h] != "advcl" || words[h].Upos != "VERB" || SpeechParticiples.Contains(words[h].Lemma)) continue;
            int g = heads[h];
            if (g < 0 || g > h || words[g].Upos != "VERB") continue;
            bool opened = false, ownSubject = false;
            for (int i = 0; i < h; i++)
            {
                if (heads[i] != h) continue;
                if (relations[i] == "mark" && TimeOrCauseSubordinators.Contains(words[i].Form)) opened = true;
                if (relations[i] is "nsubj" or "nsubj:pass") ownSubject = true;
            }
            if (!opened || !ownSubject) continue;
            var savedHeads = heads.ToArray();
            var savedRelations = (string[])relations.Clone();
            heads[p] = g;
            KeepOnlyATree(heads, relations, savedHeads, savedRelations, n);
        }
    }

    /// <summary>Verbs of appealing and ordering whose object does what their "to"-infinitive says.</summary>
    private static readonly HashSet<string> AppealVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "urge", "ask", "call", "press", "tell", "encourage", "order", "implore", "appeal", "persuade", "invite",
    };

    /// <summary>
    /// "The UN urged the junta to free jailed activists, warning that failure to do so would have consequences": the
    /// greedy parser hangs the comma-led participle of saying on the nearest verb, the appeal's infinitive, so the warning
    /// reads as part of what the addressee is asked to do and is no one's. The appealer warns. A comma-led participle of a
    /// speech verb (<see cref="SpeechParticiples"/>) that hangs on a subjectless "to"-infinitive, itself the complement of a
    /// verb of appealing (<see cref="AppealVerbs"/>), hangs on that verb. Invariant: one tree, else undone.
    /// </summary>
    private static void SpeechParticipleAfterAppeal(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        for (int p = 3; p < n; p++)
        {
            if (words[p].Xpos != "VBG" || relations[p] != "advcl" || words[p - 1].Form != ",") continue;
            if (!SpeechParticiples.Contains(words[p].Lemma)) continue;
            int h = heads[p];
            if (h < 0 || h > p || words[h].Upos != "VERB" || relations[h] is not ("xcomp" or "advcl" or "ccomp")) continue;
            int g = heads[h];
            if (g < 0 || g > h || words[g].Upos != "VERB" || !AppealVerbs.Contains(words[g].Lemma)) continue;
            bool marked = false, ownSubject = false;
            for (int i = 0; i < h; i++)
            {
                if (heads[i] != h) continue;
                if (relations[i] == "mark" && words[i].Form.Equals("to", StringComparison.OrdinalIgnoreCase)) marked = true;
                if (relations[i] is "nsubj" or "nsubj:pass") ownSubject = true;
            }
            if (!marked || ownSubject) continue;
            var savedHeads = heads.ToArray();
            var savedRelations = (string[])relations.Clone();
            heads[p] = g;
            KeepOnlyATree(heads, relations, savedHeads, savedRelations, n);
        }
    }

    /// <summary>
    /// '"The door remains open," the spokesman said, urging Manila to return to talks': broadcasters' quote-first sentences
    /// end on a comma-led participle of saying that tells what the speaker went on to say. The parser hangs it on the comma
    /// (as <c>acl</c>), so the urging is lost. A comma-led participle of a speech verb (<see cref="SpeechParticiples"/>)
    /// that hangs on punctuation whose head is a verb of saying (<see cref="AudienceSpeechVerbs"/>) is an adverbial clause
    /// of the verb of saying, and takes its subject. A participle on the reported clause's verb keeps its place (the
    /// naming participle "..., calling it a war crime" reads its object off that clause: Disapprove28Tests). Invariant:
    /// one tree, else undone. (blind56)
    /// </summary>
    private static void SpeechParticipleAfterReport(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        for (int p = 2; p < n; p++)
        {
            if (words[p].Xpos != "VBG" || words[p - 1].Form != "," || !SpeechParticiples.Contains(words[p].Lemma)) continue;
            int h = heads[p];
            if (h < 0 || h > p) continue;
            if (!(words[h].Upos == "PUNCT" && (relations[p].StartsWith("acl", StringComparison.Ordinal) || relations[p].StartsWith("advcl", StringComparison.Ordinal)
                || relations[p] is "conj" or "parataxis"))) continue;
            int speech = heads[h];
            if (speech < 0 || speech > p || words[speech].Upos != "VERB" || !AudienceSpeechVerbs.Contains(words[speech].Lemma)) continue;
            AdverbialOfSaying(heads, relations, p, speech, n);
        }
    }

    /// <summary>Verbs of saying whose object or oblique is the audience ("told the council", "briefed reporters", "said
    /// in a statement"), not anyone who acts in what was said.</summary>
    private static readonly HashSet<string> AudienceSpeechVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "say", "tell", "brief", "inform", "address", "write", "announce", "declare", "state", "add",
    };

    /// <summary>
    /// "..., the US ambassador told the council, accusing Russia of ...", "the minister told reporters, calling the vote a
    /// farce": the parser hangs a comma-led participle of saying on the audience noun of the speech verb as its modifier
    /// (<c>acl</c>), so the accusation is read as the council's. The audience of a speech verb does not do what the speaker
    /// goes on to say: a comma-led participle of a speech verb (<see cref="SpeechParticiples"/>) on a noun that is the
    /// object or oblique of a verb of saying (<see cref="AudienceSpeechVerbs"/>) is an adverbial clause of that verb, and
    /// takes its subject. Invariant: one tree, else undone.
    /// </summary>
    private static void SpeechParticipleOnAudience(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        for (int p = 2; p < n; p++)
        {
            if (words[p].Xpos != "VBG" || relations[p] != "acl" || words[p - 1].Form != ",") continue;
            if (!SpeechParticiples.Contains(words[p].Lemma)) continue;
            int noun = heads[p];
            if (noun < 0 || noun > p || words[noun].Upos is not ("NOUN" or "PROPN" or "PRON")) continue;
            if (!(relations[noun] is "obj" or "iobj" || relations[noun].StartsWith("obl", StringComparison.Ordinal))) continue;
            int verb = heads[noun];
            if (verb < 0 || verb > noun || words[verb].Upos != "VERB" || !AudienceSpeechVerbs.Contains(words[verb].Lemma)) continue;
            AdverbialOfSaying(heads, relations, p, verb, n);
        }
    }

    /// <summary>Hangs the participle <paramref name="p"/> on the verb of saying <paramref name="speech"/> as its adverbial
    /// clause (<c>advcl</c>), so that it takes the speaker as subject; undone unless the result is one tree.</summary>
    private static void AdverbialOfSaying(Span<int> heads, string[] relations, int p, int speech, int n)
    {
        var savedHeads = heads.ToArray();
        var savedRelations = (string[])relations.Clone();
        heads[p] = speech;
        relations[p] = "advcl";
        KeepOnlyATree(heads, relations, savedHeads, savedRelations, n);
    }
}
