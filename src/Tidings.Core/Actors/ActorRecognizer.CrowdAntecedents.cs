using System.Collections.Frozen;

namespace Tidings.Actors;

public sealed partial class ActorRecognizer
{
    private sealed partial class Run
    {
        // Session 67 (realnews67): real articles name a crowd once by its group ("thousands of students marched on
        // parliament", "the Economic Freedom Fighters staged a march") and then by a bare crowd noun ("Some protesters threw
        // stones", "Police used water cannon to push back marchers"); a party's raid story names the party and then its
        // "supporters". The bare noun is read as the place's civilians (roles.tsv: CVL) while the gold, and the conventions
        // (supporters of a party take the party's code; students, workers, farmers who protest keep their sector), give
        // the crowd its group. The pass below lends the bare crowd noun the group the article has just named.

        /// <summary>Plural nouns for the people of a protest, which in running text refer back to the protesting group.</summary>
        private static readonly FrozenSet<string> ProtestCrowdNouns = Set("protesters", "protestors", "demonstrators", "marchers", "crowd", "crowds");

        /// <summary>Plural nouns for the people behind a party or movement ("arrested 30 supporters" after the party's name).</summary>
        private static readonly FrozenSet<string> PartyFollowerNouns = Set("supporters", "followers", "activists");

        /// <summary>Lemmas that make a sentence tell a protest (its group is then the protesting one).</summary>
        private static readonly FrozenSet<string> ProtestLemmas = Set("protest", "march", "rally", "demonstrate", "demonstration",
            "strike", "picket", "blockade", "block", "gather", "sit-in", "vigil", "walkout", "boycott", "chant", "occupy");

        /// <summary>Sectors a protesting group may have (students, workers, farmers, the faithful, journalists, doctors, traders,
        /// the opposition, a party): never a state organ, which a protest is aimed at.</summary>
        private static readonly FrozenSet<string> ProtestingSectors = Set("EDU", "LAB", "AGR", "REL", "MED", "HLH", "BUS", "OPP", "PTY");

        /// <summary>Sectors of a party or movement whose supporters take its code (decision 069, session 65's party periods).</summary>
        private static readonly FrozenSet<string> PartySectors = Set("OPP", "PTY", "GOVPTY");

        /// <summary>
        /// "Thousands of students marched on parliament. … Some protesters threw stones at police": a bare plural crowd noun
        /// (<see cref="ProtestCrowdNouns"/>, coded CVL with no country word of its own) is the protesting group an earlier
        /// protest sentence named, when the nearest group mention before it (in its own sentence or the two before) is a
        /// popular group of <see cref="ProtestingSectors"/> that the parse makes the protester of a protest word
        /// (<see cref="ProtestOf"/>) and not the object of "against". "arrested 30 supporters" after "the opposition National Unity Platform": a bare
        /// <see cref="PartyFollowerNouns"/> noun takes the code of the party or opposition named nearest before it within the
        /// same window. Invariants: a crowd with its own country word ("Indonesian protesters"), its own owner ("supporters of
        /// X", "its supporters" resolved elsewhere) or another country than the group's keeps its code; the search stops at a
        /// bare crowd noun left CVL or a plural civilian role (the article introduced its crowd as civilians); a person stops
        /// the search for supporters (a person's supporters are decision 069's own case) and is passed over for a protest
        /// crowd; a group of another country is never lent.
        /// </summary>
        private void CrowdsOfNamedGroups()
        {
            if (_doc.SentenceCount == 0) return;
            for (int i = 0; i < _out.Count; i++)
            {
                var m = _out[i];
                if (m.IsModifier || m.Code is not { } code || !m.Rule.StartsWith("role:", StringComparison.Ordinal)) continue;
                if (!code.EndsWith("CVL", StringComparison.Ordinal) || !IsBareCrowdCode(m)) continue;
                int last = m.Tokens.EndToken - 1;
                var noun = Tok(last).ToString();
                bool protest = ProtestCrowdNouns.Contains(noun);
                bool followers = PartyFollowerNouns.Contains(noun);
                if (!protest && !followers) continue;
                // "supporters of the ruling party", "protesters from the union": the phrase names its own group
                if (Is(m.Tokens.EndToken, "of") || Is(m.Tokens.EndToken, "from")) continue;
                // "its supporters", "their followers": an owner word is read by the owned-role pass, not here
                if (m.Tokens.FirstToken > 0 && IsOwnerWord(m.Tokens.FirstToken - 1)) continue;
                int sentence = _doc.SentenceOf(m.Tokens.FirstToken);
                if (GroupBefore(i, sentence, protest) is not { } group) continue;
                _out[i] = m with
                {
                    Code = group.Code, Country = group.Country, Reason = null, CountryBesidesSentence = null,
                    Rule = $"{m.Rule}; {(protest ? LentGroup : "the party")} named before ({group.Tokens.TextIn(_doc)}) → {group.Code}",
                };
            }
        }

        private const string LentGroup = "the protesting group";

        private bool IsOwnerWord(int k) => Is(k, "its") || Is(k, "their") || Is(k, "his") || Is(k, "her") || IsPossessive(k);

        /// <summary>True when the crowd mention's code is civilians alone or of a country the context gave (no country word in its phrase).</summary>
        private static bool IsBareCrowdCode(ActorMention m) => m.Code == "CVL" || m.CountryFromContext;

        /// <summary>
        /// The group mention nearest before mention <paramref name="i"/> (sentence <paramref name="sentence"/> or the two
        /// before it) that the crowd refers back to, or null (see <see cref="CrowdsOfNamedGroups"/>).
        /// </summary>
        private ActorMention? GroupBefore(int i, int sentence, bool protest)
        {
            var crowd = _out[i];
            for (int j = i - 1; j >= 0; j--)
            {
                var a = _out[j];
                int s = _doc.SentenceOf(a.Tokens.FirstToken);
                if (s < sentence - 2) return null;
                if (a.IsModifier || a.Code is not { } code) continue;
                string last = Tok(a.Tokens.EndToken - 1).ToString();
                // a crowd the article left as civilians ("protesters" not lent a group, "groups of masked youths", "residents")
                // is nearer: the crowd is theirs
                if (code.EndsWith("CVL", StringComparison.Ordinal) && (ProtestCrowdNouns.Contains(last) || PartyFollowerNouns.Contains(last)
                    || (a.Rule.StartsWith("role:", StringComparison.Ordinal) && _doc.Token(a.Tokens.EndToken - 1).Xpos is "NNS" or "NNPS"))) return null;
                // a person between: a follower noun after a person is that person's (decision 069's own case); a protest
                // crowd may still be the group named before the person spoke
                bool person = a.Rule.StartsWith("person:", StringComparison.Ordinal) || a.Rule.Contains("+person:", StringComparison.Ordinal);
                if (person) { if (protest) continue; return null; }
                // a crowd this pass already gave its group carries it on ("… Some protesters threw stones. Police fired tear gas
                // at the protesters"), whatever its own sentence tells
                if (protest && a.Rule.Contains(LentGroup, StringComparison.Ordinal) && (crowd.Country is null || crowd.Country == a.Country)) return a;
                if (Sector(a) is not { } sector) continue;
                if (crowd.Country is { } cc && a.Country is { } ac && cc != ac) continue;
                if (a.Country is null && crowd.Country is not null) continue;
                if (protest)
                {
                    if (!ProtestingSectors.Contains(sector)) continue;
                    // a plural of people ("students", "farmers") of any protesting sector; one body only when it is a party,
                    // the opposition or a union ("the Economic Freedom Fighters", "the union"), not a university or a firm
                    bool plural = _doc.Token(a.Tokens.EndToken - 1).Xpos is "NNS" or "NNPS";
                    bool role = a.Rule.StartsWith("role:", StringComparison.Ordinal) || a.Rule.StartsWith("country-", StringComparison.Ordinal);
                    if (!(role && plural) && sector is not ("OPP" or "PTY" or "LAB")) continue;
                    if (AfterAgainst(a.Tokens.FirstToken)) continue;
                    if (!ProtestOf(a)) continue;
                    return a;
                }
                if (PartySectors.Contains(sector)) return a;
            }
            return null;
        }

        /// <summary>The sector part of a mention's code ("EDU" of "IDNEDU", "LAB" of a bare "LAB"), or null for codes of no country that are more than a sector (IGOs, NGOs).</summary>
        private string? Sector(ActorMention a)
        {
            var code = a.Code!;
            if (a.Country is { } iso)
                return _lex.CountryByIso3(iso) is { } c && code.StartsWith(c.Cameo, StringComparison.Ordinal) && code.Length > c.Cameo.Length ? code[c.Cameo.Length..] : null;
            return code.Length == 3 ? code : null;
        }

        /// <summary>True when "against" stands right before the phrase starting at <paramref name="first"/> (or before its article): the group is what a protest is aimed at.</summary>
        private bool AfterAgainst(int first) => Is(first - 1, "against") || (Is(first - 2, "against") && (Is(first - 1, "the") || Is(first - 1, "a")));

        /// <summary>
        /// True when the parse makes the group <paramref name="a"/> the protesters of a protest word (<see cref="ProtestLemmas"/>):
        /// the subject of a protest verb or of a verb whose object or oblique is one ("students marched", "the party staged a
        /// march", "workers went on strike"), a noun a protest clause modifies ("students who marched", "farmers protesting"),
        /// or the "by" phrase of a protest noun ("protests by traders"). The group noun is first climbed from a phrase it is
        /// part of ("thousands of students", "members of the opposition coalition"). Invariant: a group named in a sentence
        /// that merely holds a protest word elsewhere ("riot police", "footage broadcast by channels") is no protester.
        /// </summary>
        private bool ProtestOf(ActorMention a)
        {
            int n = a.Tokens.EndToken - 1;
            var span = _doc.Sentence(_doc.SentenceOf(n));
            for (int guard = 0; ; guard++)
            {
                // "students who marched", "thousands of students who marched": a protest clause on the noun or on the phrase
                for (int t = span.FirstToken; t < span.EndToken; t++)
                    if (_doc.Token(t).Head == n && _doc.Token(t).Relation is "acl" or "acl:relcl" && IsProtestWord(t)) return true;
                if (guard >= 4 || _doc.Token(n).Relation is not ("nmod" or "compound" or "appos" or "conj") || _doc.Token(n).Head < 0) break;
                n = _doc.Token(n).Head;
            }
            var rel = _doc.Token(n).Relation;
            int head = _doc.Token(n).Head;
            if (head < 0) return false;
            if (rel is "nmod" or "obl" or "obl:agent" && IsProtestWord(head)) return true;
            if (rel is not ("nsubj" or "nsubj:pass")) return false;
            if (IsProtestWord(head)) return true;
            for (int t = span.FirstToken; t < span.EndToken; t++)
                if (_doc.Token(t).Head == head && _doc.Token(t).Relation is "obj" or "obl" or "xcomp" && IsProtestWord(t)) return true;
            return false;
        }

        private bool IsProtestWord(int t) => ProtestLemmas.Contains(_doc.Token(t).Lemma) || ProtestLemmas.Contains(Tok(t).ToString());
    }
}
