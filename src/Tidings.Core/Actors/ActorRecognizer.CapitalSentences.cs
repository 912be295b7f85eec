using System.Collections.Frozen;
using System.Text;
using Tidings.Documents;

namespace Tidings.Actors;

public sealed partial class ActorRecognizer
{
    private sealed partial class Run
    {
        /// <summary>Short words in capitals that are also listed names ("IS" the Islamic State, "IT") but in a headline in
        /// capitals are nearly always the plain word: read in title case like any other word.</summary>
        private static readonly FrozenSet<string> CapitalFunctionWords = Set("IS", "IT", "AS", "AT", "ON", "OR", "AN", "TO", "IN",
            "OF", "BY", "NO", "SO", "UP", "BE", "WE", "HE", "DO", "GO", "IF", "AND", "THE", "FOR", "ALL", "NEW", "OUT", "OVER");

        /// <summary>
        /// For each token of a sentence written in capitals ("RUSSIA, UKRAINE SWAP PRISONERS", "ISRAELI JETS STRIKE HEZBOLLAH
        /// SITES"), the form the actor stage reads instead of it, else null. The lexicon's names are cased ("Israeli",
        /// "Hezbollah") and capitals lose that, so such a sentence is read as the Title Case headline it stands for: a word in
        /// capitals that the lexicon lists as it is ("US", "UN", "NATO", "RSF") stays, any other becomes capital and lower
        /// case ("ISRAELI" → "Israeli"), hyphen halves each on their own ("US-SOUTH" → "US-South"). Invariant: a sentence in
        /// mixed case (a capitalised dateline "QUETTA:" or acronyms in a normal sentence) gets no view; at least three words
        /// of two or more letters, and four in five of them, must be in capitals. The sentences so read are added to
        /// <paramref name="sentences"/>: the actor rules read them as headlines, whatever section they stand in.
        /// </summary>
        private static string?[]? CapitalSentenceView(Document doc, ActorLexicon lex, HashSet<int> sentences)
        {
            string?[]? view = null;
            for (int s = 0; s < doc.SentenceCount; s++)
            {
                var sent = doc.Sentence(s);
                int words = 0, caps = 0;
                for (int t = sent.FirstToken; t < sent.EndToken; t++)
                {
                    var w = doc.Token(t).Span;
                    int letters = 0, upper = 0;
                    foreach (var ch in w) if (char.IsLetter(ch)) { letters++; if (char.IsUpper(ch)) upper++; }
                    if (letters < 2) continue;
                    words++;
                    if (upper == letters) caps++;
                }
                if (words < 3 || caps * 5 < words * 4)
                {
                    EmphasisCapitals(doc, lex, sent, ref view);
                    continue;
                }
                view ??= new string?[doc.TokenCount];
                sentences.Add(s);
                for (int t = sent.FirstToken; t < sent.EndToken; t++)
                {
                    var w = doc.Token(t).Span.ToString();
                    var parts = w.Split('-');
                    for (int p = 0; p < parts.Length; p++) parts[p] = TitleCaseCapitalWord(parts[p], lex);
                    var read = string.Join('-', parts);
                    if (!read.Equals(w, StringComparison.Ordinal)) view[t] = read;
                }
            }
            // Session 52 (blind70): handles read as the name they spell.
            HandleNames(doc, lex, ref view);
            return view;
        }

        /// <summary>
        /// "'Spoke w/ @ZelenskyyUa this morning'", "@FBIDirector posted that ...", "told @NATO": a handle is the account of
        /// the person or body whose name it spells, run together in camel case or with underscores and often with a suffix
        /// ("Ua", "Director", "_MFA"). The handle is read as the first of its parts, taken in order (the whole handle, then
        /// the runs split at underscores, at a lower-case letter before a capital and at the end of a run of capitals
        /// before a capitalised word: "FBIDirector" → "FBI", "Director"), that the actor lexicon lists as a name or a
        /// country, so it is that actor wherever it stands. Invariants: only tokens that open with "@" and have two or more
        /// letters after it; a handle whose parts name nothing ("@eucopresident") is left as it is (no actor), and a hashtag
        /// ("#FreeNarges") is never read as an actor: it names a cause, not a speaker.
        /// </summary>
        private static void HandleNames(Document doc, ActorLexicon lex, ref string?[]? view)
        {
            for (int t = 0; t < doc.TokenCount; t++)
            {
                var w = doc.Token(t).Span;
                if (w.Length < 3 || w[0] != '@' || !char.IsLetter(w[1])) continue;
                foreach (var part in HandleParts(w[1..].ToString()))
                {
                    if (part.Length < 2) continue;
                    if (!lex.TryGetNames(part, out _) && !lex.TryGetCountry(part, out _)) continue;
                    view ??= new string?[doc.TokenCount];
                    view[t] = part;
                    break;
                }
            }
        }

        /// <summary>The whole handle, then its parts in order (see <see cref="HandleNames"/>).</summary>
        private static IEnumerable<string> HandleParts(string body)
        {
            yield return body;
            foreach (var run in body.Split('_', StringSplitOptions.RemoveEmptyEntries))
            {
                int start = 0;
                for (int i = 1; i <= run.Length; i++)
                {
                    bool cut = i == run.Length
                        || char.IsUpper(run[i]) && (char.IsLower(run[i - 1]) || char.IsDigit(run[i - 1]))
                        || char.IsUpper(run[i]) && char.IsUpper(run[i - 1]) && i + 1 < run.Length && char.IsLower(run[i + 1]);
                    if (!cut) continue;
                    yield return run[start..i];
                    start = i;
                }
            }
        }

        /// <summary>
        /// "Ghana's president CONDEMNED the coup", "'NOBODY pushes Paraguay around!!'": in a sentence in ordinary case, a word
        /// set in capitals for emphasis that the tagger read as a common word (not a proper noun, see
        /// <c>PerceptronTagger.LowerEmphasisCapitals</c>) is read in lower case, so it does not extend the name or role
        /// before it ("president CONDEMNED" as a person) nor open one. Invariants: four letters or more, all capitals; a name
        /// or acronym the actor lexicon lists ("NATO", "ECOWAS") keeps its capitals whatever its tag, and so does the
        /// sentence's opening run in capitals (a dateline or a label).
        /// </summary>
        private static void EmphasisCapitals(Document doc, ActorLexicon lex, Sentence sent, ref string?[]? view)
        {
            // The opening run in capitals is a dateline or a label ("UNITED NATIONS (AP) —"), not emphasis.
            int open = sent.FirstToken;
            while (open < sent.EndToken && !doc.Token(open).Span.ContainsAnyInRange('a', 'z')) open++;
            for (int t = open; t < sent.EndToken; t++)
            {
                var w = doc.Token(t).Span;
                if (w.Length < 4 || doc.TokUpos(t) is Upos.PROPN or Upos.PUNCT or Upos.X) continue;
                bool caps = true;
                foreach (var ch in w) if (!char.IsAsciiLetterUpper(ch)) { caps = false; break; }
                if (!caps) continue;
                var word = w.ToString();
                if (lex.TryGetNames(word, out _)) continue;
                view ??= new string?[doc.TokenCount];
                view[t] = word.ToLowerInvariant();
            }
        }

        /// <summary>The text of tokens [first, end) as the actor stage reads it: the original text, or with a sentence in
        /// capitals, its words as <see cref="_caseView"/> gives them and the original spacing between them.</summary>
        private string ViewText(int first, int end)
        {
            var sb = new StringBuilder();
            for (int t = first; t < end; t++)
            {
                if (t > first) sb.Append(' ', Math.Max(0, Math.Min(1, _doc.Token(t).Start - _doc.Token(t - 1).End)));
                sb.Append(Tok(t));
            }
            return sb.ToString();
        }

        /// <summary>A word in capitals as a Title Case headline writes it: kept when the lexicon lists it in capitals (an
        /// acronym) and it is no function word, else its first letter kept and the rest lower case.</summary>
        private static string TitleCaseCapitalWord(string w, ActorLexicon lex)
        {
            int letters = 0, upper = 0;
            foreach (var ch in w) if (char.IsLetter(ch)) { letters++; if (char.IsUpper(ch)) upper++; }
            if (letters < 2 || upper != letters) return w;
            if (!CapitalFunctionWords.Contains(w) && lex.TryGetNames(w, out _)) return w;
            var sb = new StringBuilder(w.Length);
            bool first = true;
            foreach (var ch in w)
            {
                if (char.IsLetter(ch)) { sb.Append(first ? ch : char.ToLowerInvariant(ch)); first = false; }
                else { sb.Append(ch); if (ch is '.') first = true; }
            }
            return sb.ToString();
        }
    }
}
