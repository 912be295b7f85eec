using System.Collections.Frozen;
using Tidings.Documents;

namespace Tidings.Actors;

public sealed partial class ActorRecognizer
{
    private sealed partial class Run
    {
        /// <summary>Verbs that attribute a quote to their subject ("said", "told reporters", "added", "stated").</summary>
        private static readonly FrozenSet<string> QuoteAttributionVerbs = Set("say", "tell", "add", "state", "declare", "announce",
            "write", "tweet", "post", "explain", "warn", "insist", "note", "stress", "continue", "conclude", "complain", "argue", "claim");

        /// <summary>
        /// "“We have paid nothing,” the president told reporters. “I have thanked Qatar for its mediation.”", "Holmes said:
        /// “…”. “We want a political solution.”": real copy runs one speaker's quote over several sentences and names him
        /// only once. A sentence that opens with a quotation mark, whose main subject is "I" or "we" inside that quote,
        /// and that names no speaker of its own (no verb of saying outside the quote) goes on the quote of the sentence
        /// before: the first-person subject is that sentence's speaker, the subject of its verb of saying (or the speaker
        /// an earlier sentence of the same quote run was given). It becomes a mention on the pronoun, as a resolved "he"
        /// does. A sentence before that holds no quotation mark starts no run: "I" after plain narration stays unknown.
        /// </summary>
        private void ResolveContinuedQuoteSpeakers()
        {
            if (_out.Count == 0 || _doc.SentenceCount < 2) return;
            ActorMention? runSpeaker = null;
            int runSentence = -2;
            for (int si = 1; si < _doc.SentenceCount; si++)
            {
                var span = _doc.Sentence(si);
                var before = _doc.Sentence(si - 1);
                if (span.Section != SectionKind.Body || before.Section != SectionKind.Body) continue;
                if (!IsOpeningQuote(span.FirstToken) || HasSpeechVerbOutsideQuote(span.FirstToken, span.EndToken)) continue;
                if (QuotedFirstPersonSubject(span.FirstToken, span.EndToken) is not { } t) continue;
                if (AttributedWhereQuoteCloses(si)) continue;
                if (HasMentionOn(t)) continue;
                ActorMention? speaker = runSentence == si - 1 ? runSpeaker : null;
                if (speaker is null && SentenceHasQuoteMark(before.FirstToken, before.EndToken))
                    speaker = QuoteSpeakerIn(before.FirstToken, before.EndToken);
                if (speaker?.Code is null) continue;
                InsertInTextOrder([new ActorMention
                {
                    Tokens = new TokenRange(t, t + 1), Code = speaker.Code, Name = speaker.Name, Country = speaker.Country,
                    Rule = $"pronoun: {Tok(t)} → {speaker.Name ?? speaker.Code} → {speaker.Code} (a quote run on from the sentence before, where '{speaker.Tokens.TextIn(_doc)}' says it)",
                }]);
                runSpeaker = speaker;
                runSentence = si;
            }
        }

        /// <summary>
        /// "“We hope to normalise relations. Our ties were blocked by the dispute,” said the Commission's president.": a quote
        /// left open at the end of sentence <paramref name="si"/> may get its own speaker where it closes, a sentence or two
        /// later; then it is that speaker's, not a run of the quote before. True when the sentence where the quote closes
        /// (up to three sentences on, in the same section) has a verb of saying outside its quotes.
        /// </summary>
        private bool AttributedWhereQuoteCloses(int si)
        {
            var span = _doc.Sentence(si);
            if (!InQuote(span.EndToken, span.FirstToken)) return false;
            for (int sj = si + 1; sj < _doc.SentenceCount && sj <= si + 3; sj++)
            {
                var next = _doc.Sentence(sj);
                if (next.Section != span.Section) return false;
                // The quote still open at its start: its first closing mark ends it.
                int close = -1;
                for (int k = next.FirstToken; k < next.EndToken; k++)
                    if (Tok(k) is "\"" or "”" or "''") { close = k; break; }
                if (close < 0) continue;
                for (int k = close + 1; k < next.EndToken; k++)
                    if (Tok(k) is "\"" or "“" or "``") break;
                    else if (_doc.Token(k).Upos == Upos.VERB && _doc.Token(k).Lemma is { } l && QuoteAttributionVerbs.Contains(l)) return true;
                return false;
            }
            return false;
        }

        private bool IsOpeningQuote(int t) => Tok(t) is "\"" or "“" or "``";

        private bool SentenceHasQuoteMark(int first, int end)
        {
            for (int k = first; k < end; k++)
                if (Tok(k) is "\"" or "“" or "”" or "``" or "''") return true;
            return false;
        }

        /// <summary>Whether a verb of saying stands outside the quotes of the sentence (an attribution of its own).</summary>
        private bool HasSpeechVerbOutsideQuote(int first, int end)
        {
            for (int k = first; k < end; k++)
                if (!InQuote(k, first) && _doc.Token(k).Upos == Upos.VERB && _doc.Token(k).Lemma is { } l && QuoteAttributionVerbs.Contains(l))
                    return true;
            return false;
        }

        /// <summary>The "I" or "we" that is the subject of the sentence's root verb, inside the opening quote, or null.</summary>
        private int? QuotedFirstPersonSubject(int first, int end)
        {
            for (int t = first; t < end; t++)
            {
                var tok = _doc.Token(t);
                if (tok.Relation is not ("nsubj" or "nsubj:pass") || tok.Head < 0 || _doc.Token(tok.Head).Relation != "root") continue;
                if (!(Tok(t) is "I" || Is(t, "we")) || !InQuote(t, first)) return null;
                return t;
            }
            return null;
        }

        private bool HasMentionOn(int t)
        {
            foreach (var m in _out)
                if (m.Tokens.Contains(t)) return true;
            return false;
        }

        /// <summary>The coded actor that is the subject of a verb of saying in the sentence [first, end): "…," said X; X said
        /// "…"; X told reporters: "…". The last such subject when there are several.</summary>
        private ActorMention? QuoteSpeakerIn(int first, int end)
        {
            ActorMention? found = null;
            for (int k = first; k < end; k++)
            {
                var tok = _doc.Token(k);
                if (tok.Relation is not "nsubj" || tok.Head < 0 || _doc.Token(tok.Head).Lemma is not { } l || !QuoteAttributionVerbs.Contains(l)) continue;
                if (InQuote(k, first)) continue;
                foreach (var m in _out)
                    if (m.Tokens.Contains(k) && m.Code is not null && !m.IsModifier) { found = m; break; }
            }
            return found;
        }
    }
}
