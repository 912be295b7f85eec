using System.Collections.Frozen;
using Tidings.Documents;
using Tidings.Syntax;

namespace Tidings.Actors;

public sealed partial class ActorRecognizer
{
    /// <summary>First-person words of a quote that stand for its speaker (or, as possessives, for what the speaker owns).</summary>
    private static readonly FrozenSet<string> FirstPersonWords = Set("we", "us", "I", "me", "our", "my");

    /// <summary>Nouns after "our"/"my" that are the speaker's whole country ("our country", "my nation").</summary>
    private static readonly FrozenSet<string> OwnCountryNouns = Set("country", "nation", "homeland", "motherland", "republic");

    /// <summary>Nouns after "our"/"my" that are the speaker's compatriots as civilians ("our citizens", "our people").</summary>
    private static readonly FrozenSet<string> OwnPeopleNouns = Set("people", "citizens", "nationals", "compatriots", "civilians");

    /// <summary>State organs that a possessive leaves without a mention of their own ("its navy", "my government"), with the
    /// sector they give the speaker's country.</summary>
    private static readonly FrozenDictionary<string, string> OwnOrganSectors = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["navy"] = "MIL", ["army"] = "MIL", ["military"] = "MIL", ["forces"] = "MIL", ["troops"] = "MIL",
        ["government"] = "GOV", ["cabinet"] = "GOV", ["administration"] = "GOV", ["ministry"] = "GOV",
        ["police"] = "COP", ["parliament"] = "LEG",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private sealed partial class Run
    {
        /// <summary>
        /// "'Our forces repelled three Russian assaults,' a spokesman for Ukraine's eastern command said", "'Japan has sent us
        /// tents,' the chief minister of Sri Lanka's Northern Province said", "'The cartel killed our mayor,' a councillor in
        /// Guerrero said": in a quote, "we", "us", "I" and "me" are its speaker, and what "our"/"my" owns is the speaker's
        /// (decision 034): a state's forces, police or officials of the speaker's country, a body's members the body, the
        /// speaker's country itself ("our country") and its people as civilians ("our citizens"), its weapons ("our jets")
        /// the country's military (an armed group's the group). The speaker is the subject of the verb of saying outside
        /// the quote that the quoted clause hangs on (as <c>ccomp</c> or beside it as <c>parataxis</c>), found in the tree.
        /// Invariant: only first-person words inside quotation marks are read, and only when the tree gives a speaker with a
        /// code; a role the speaker's possessive owns keeps its own sector and only takes the speaker's country.
        /// </summary>
        private void ResolveFirstPersonInQuotes()
        {
            if (_out.Count == 0) return;
            var added = new List<ActorMention>();
            foreach (var span in _doc.Sentences())
            {
                int first = span.FirstToken, end = span.EndToken;
                for (int t = first; t < end; t++)
                {
                    var w = Tok(t);
                    // "I" only in capitals: a lower-case "i" is no pronoun of running text.
                    if (!FirstPersonWords.Contains(w.ToString()) || w.Equals("i", StringComparison.Ordinal)) continue;
                    // A quote inside a quote ("did not say 'X raped me'") is another speaker's words: only one level is read.
                    if (QuoteDepth(t, first) != 1 || QuoteSpeaker(t, first, end) is not { } speaker) continue;
                    string lower = w.ToString().ToLowerInvariant();
                    if (lower is "our" or "my") { OwnedBySpeaker(t, end, speaker, added); continue; }
                    // "we" and "I" as subjects are left to the coder, which reads them as the speaker of the verb of saying
                    // (TreeRoles); a mention on them would also be the nearest actor before any event noun of the quote
                    // ("I do believe it is torture"), which that noun's doer is not.
                    if (lower is "we" or "i") continue;
                    if (MentionOn(t, first, end) >= 0) continue;
                    added.Add(new ActorMention
                    {
                        Tokens = new TokenRange(t, t + 1), Code = speaker.Code, Name = speaker.Name, Country = speaker.Country,
                        Rule = $"first-person in a quote: {w} → {speaker.Code} (the speaker '{speaker.Tokens.TextIn(_doc)}')",
                    });
                }
            }
            if (added.Count > 0) InsertInTextOrder(added);
        }

        /// <summary>Recodes or adds the mention of the noun phrase that "our"/"my" at <paramref name="pronoun"/> owns.</summary>
        private void OwnedBySpeaker(int pronoun, int end, ActorMention speaker, List<ActorMention> added)
        {
            var country = speaker.Country is { } iso ? _lex.CountryByIso3(iso) : null;
            int head = _doc.Token(pronoun).Head;
            if (head <= pronoun || head >= end || _doc.Token(pronoun).Relation != "nmod:poss") return;
            string lemma = (_doc.Token(head).Lemma ?? Tok(head).ToString()).ToLowerInvariant();
            string form = Tok(head).ToString();
            int m = MentionOn(head, _doc.Sentence(_doc.SentenceOf(pronoun)).FirstToken, end);
            if (m >= 0)
            {
                var owned = _out[m];
                // The mention is the owned phrase itself ("our forces", "our border guards"), not one that only ends on its head.
                if (owned.IsModifier || owned.Code is not { } oc || owned.Tokens.FirstToken < pronoun || owned.Tokens.FirstToken > head) return;
                string? code = null;
                // "our members", "our supporters": the body's own members are the body.
                if (IsMemberLemma(lemma)) code = speaker.Code;
                else if (country is not null && RoleOf(owned) is { } role) code = country.Cameo + role;
                if (code is null || code == oc) return;
                _out[m] = owned with
                {
                    Code = code, Country = IsMemberLemma(lemma) ? speaker.Country : country!.Iso3,
                    Rule = $"{owned.Rule}; '{Tok(pronoun)}' of a quote is the speaker's ('{speaker.Tokens.TextIn(_doc)}') → {code}",
                };
                return;
            }
            string? newCode = null;
            if (WeaponNouns.Contains(form))
            {
                bool group = speaker.Code is { } sc && (sc.Contains("REB", StringComparison.Ordinal) || sc.StartsWith("IMG", StringComparison.Ordinal));
                newCode = group ? speaker.Code : country is not null ? country.Cameo + "MIL" : null;
            }
            else if (country is not null && OwnCountryNouns.Contains(lemma)) newCode = country.Cameo;
            else if (country is not null && OwnOrganSectors.TryGetValue(form, out var sector)) newCode = country.Cameo + sector;
            else if (country is not null && OwnPeopleNouns.Contains(form)) newCode = country.Cameo + "CVL";
            if (newCode is null) return;
            added.Add(new ActorMention
            {
                Tokens = new TokenRange(head, head + 1), Code = newCode, Name = Tok(head).ToString(), Country = country?.Iso3 ?? speaker.Country,
                Rule = $"first-person possessive in a quote: {Tok(pronoun)} {Tok(head)} → {newCode} (the speaker '{speaker.Tokens.TextIn(_doc)}')",
            });
        }

        /// <summary>The sector code of a role mention without its country ("MIL" of "UKRMIL" or of a bare "MIL"); null for a
        /// mention that is no role (a named organisation or person keeps its own code).</summary>
        private string? RoleOf(ActorMention m)
        {
            if (m.Code is not { } code || !m.Rule.Contains("role", StringComparison.Ordinal)) return null;
            if (m.Country is { } iso && _lex.CountryByIso3(iso) is { } c && code.StartsWith(c.Cameo, StringComparison.Ordinal))
                return code.Length > c.Cameo.Length ? code[c.Cameo.Length..] : null;
            return m.Country is null && code.Length == 3 ? code : null;
        }

        /// <summary>Index of the mention (not a modifier) that covers token <paramref name="t"/>, or -1.</summary>
        private int MentionOn(int t, int first, int end)
        {
            for (int k = FirstMentionFrom(first); k < _out.Count && _out[k].Tokens.FirstToken < end; k++)
                if (_out[k].Tokens.Contains(t) && !_out[k].IsModifier) return k;
            return -1;
        }

        /// <summary>True when token <paramref name="t"/> stands inside quotation marks of its sentence (double or single,
        /// straight or curly: each kind is counted apart).</summary>
        private bool InAnyQuote(int t, int first) => QuoteDepth(t, first) > 0;

        /// <summary>How many quotations (double and single counted apart) are open at token <paramref name="t"/>: 0, 1 or 2.</summary>
        private int QuoteDepth(int t, int first)
        {
            bool dbl = false, sgl = false;
            for (int k = first; k < t; k++)
            {
                var s = Tok(k);
                if (s is "\"") dbl = !dbl;
                else if (s is "“") dbl = true;
                else if (s is "”") dbl = false;
                else if (s is "'") sgl = !sgl;
                else if (s is "‘") sgl = true;
                else if (s is "’") sgl = false;
            }
            return (dbl ? 1 : 0) + (sgl ? 1 : 0);
        }

        /// <summary>
        /// The speaker of the quote that holds token <paramref name="t"/>: walking up from the word, the first verb of
        /// saying outside the quote that the clause hangs on (its <c>ccomp</c> or another clausal dependent) or that hangs
        /// beside it as <c>parataxis</c>, and that verb's subject's mention (the mention on the subject, or the first coded one
        /// inside the subject's phrase: "a spokesman for Ukraine's eastern command"). Null when the tree gives none.
        /// </summary>
        private ActorMention? QuoteSpeaker(int t, int first, int end) =>
            QuoteVerb(t, first, end) is var verb && verb >= 0 ? QuoteSubjectMention(verb, first, end) : null;

        private bool IsSpeechVerb(int v) =>
            _doc.Token(v).Upos == Upos.VERB && QuoteFirstClauses.IsSpeechLemma(_doc.Token(v).Lemma ?? Tok(v).ToString());

        /// <summary>The coded mention of the subject of <paramref name="verb"/>: on the subject word, or else the first coded
        /// mention inside the subject's phrase; null when the subject names no actor.</summary>
        private ActorMention? QuoteSubjectMention(int verb, int first, int end)
        {
            int subject = -1;
            for (int k = first; k < end && subject < 0; k++)
                if (_doc.Token(k).Head == verb && _doc.Token(k).Relation is "nsubj") subject = k;
            if (subject < 0) return null;
            if (MentionOn(subject, first, end) is var on && on >= 0 && _out[on].Code is not null) return _out[on];
            for (int k = FirstMentionFrom(first); k < _out.Count && _out[k].Tokens.FirstToken < end; k++)
            {
                var m = _out[k];
                if (m.Code is null || m.IsModifier || !Dominated(subject, m.Tokens.EndToken - 1)) continue;
                return m;
            }
            return null;
        }

        /// <summary>True when <paramref name="node"/> lies in the subtree of <paramref name="top"/>.</summary>
        private bool Dominated(int top, int node)
        {
            for (int step = 0; step < 64 && node >= 0; step++)
            {
                if (node == top) return true;
                node = _doc.Token(node).Head;
            }
            return false;
        }
    }
}
