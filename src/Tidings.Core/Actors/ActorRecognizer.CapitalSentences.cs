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
                if (words < 3 || caps * 5 < words * 4) continue;
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
            return view;
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
