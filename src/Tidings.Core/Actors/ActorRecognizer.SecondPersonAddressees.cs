using System.Collections.Frozen;
using Tidings.Documents;

namespace Tidings.Actors;

public sealed partial class ActorRecognizer
{
    /// <summary>Second-person words of a quote that stand for its addressee (or, as possessives, for what it owns).</summary>
    private static readonly FrozenSet<string> SecondPersonWords = Set("you", "your", "yours");

    private sealed partial class Run
    {
        /// <summary>
        /// "'Your sanctions are illegal,' Mali's foreign minister told ECOWAS ministers", "'Withdraw your troops,' the president
        /// told Ethiopia": in a quote told to an actor, "you" and "your" are that addressee, as "we" and "our" are the speaker
        /// (decision 034, which makes the addressee of "told X" a target of a speech act aimed at it in the second person).
        /// The addressee is the object (or indirect object) of the verb "tell" outside the quote that the quoted clause hangs
        /// on, found in the tree as <see cref="QuoteSpeaker"/> finds the speaker. Invariants: only one level of quotation;
        /// only a coded addressee that is not media ("told reporters", "told the paper": a channel, and "you" said to it is
        /// generic) and not the speaker's own code; a word that already has a mention keeps it; "your" is a modifier mention
        /// (the owner of the noun it precedes), "you" a full one.
        /// </summary>
        private void ResolveSecondPersonInQuotes()
        {
            if (_out.Count == 0) return;
            var added = new List<ActorMention>();
            foreach (var span in _doc.Sentences())
            {
                int first = span.FirstToken, end = span.EndToken;
                for (int t = first; t < end; t++)
                {
                    var w = Tok(t);
                    if (!SecondPersonWords.Contains(w.ToString().ToLowerInvariant())) continue;
                    if (QuoteDepth(t, first) != 1 || MentionOn(t, first, end) >= 0) continue;
                    int verb = QuoteVerb(t, first, end);
                    if (verb < 0 || !string.Equals(_doc.Token(verb).Lemma, "tell", StringComparison.OrdinalIgnoreCase)) continue;
                    if (QuoteAddressee(verb, first, end) is not { } addressee) continue;
                    if (QuoteSubjectMention(verb, first, end) is { } speaker && speaker.Code == addressee.Code) continue;
                    bool possessive = !w.Equals("you", StringComparison.OrdinalIgnoreCase);
                    added.Add(new ActorMention
                    {
                        Tokens = new TokenRange(t, t + 1), Code = addressee.Code, Name = addressee.Name, Country = addressee.Country,
                        IsModifier = possessive,
                        Rule = $"second-person in a quote: {w} → {addressee.Code} (the addressee '{addressee.Tokens.TextIn(_doc)}')",
                    });
                }
            }
            if (added.Count > 0) InsertInTextOrder(added);
        }

        /// <summary>The verb of saying outside the quote that the quoted clause holding <paramref name="t"/> hangs on (as
        /// <c>ccomp</c>, or beside it as <c>parataxis</c>), found in the tree; -1 when the tree gives none. Its subject is the
        /// quote's speaker (<see cref="QuoteSpeaker"/>), its object the addressee.</summary>
        private int QuoteVerb(int t, int first, int end)
        {
            int a = t;
            for (int step = 0; step < 14 && a >= first && a < end; step++)
            {
                for (int p = first; p < end; p++)
                    if (_doc.Token(p).Head == a && _doc.Token(p).Relation == "parataxis" && IsSpeechVerb(p) && !InAnyQuote(p, first))
                        return p;
                int h = _doc.Token(a).Head;
                if (h < 0) return -1;
                if (IsSpeechVerb(h) && !InAnyQuote(h, first) && _doc.Token(a).Relation is "ccomp" or "parataxis" or "advcl" or "xcomp" or "obj")
                    return h;
                a = h;
            }
            return -1;
        }

        /// <summary>The coded mention on the object or indirect object of <paramref name="verb"/> outside quotes, unless it is
        /// media (a channel); null when there is none.</summary>
        private ActorMention? QuoteAddressee(int verb, int first, int end)
        {
            for (int k = first; k < end; k++)
            {
                if (_doc.Token(k).Head != verb || _doc.Token(k).Relation is not ("obj" or "iobj") || InAnyQuote(k, first)) continue;
                int m = MentionOn(k, first, end);
                if (m < 0 || _out[m].Code is not { } code) continue;
                if (code.EndsWith("MED", StringComparison.Ordinal)) continue;
                return _out[m];
            }
            return null;
        }
    }
}
