using System.Collections.Frozen;
using Tidings.Documents;
using Tidings.Pipeline;

namespace Tidings.Places;

/// <summary>
/// Finds gazetteer names in the text (longest match, capitalised) and resolves each to one place.
/// <para>Matching: a name starts at a token whose first letter is upper case and ends at a capitalised token; the
/// key is built from the token texts, joined by one space where the text has white space and directly where it has
/// none, so "Khan Younis", "Guinea-Bissau", "Sana'a" or "U.S." match however the tokenizer split them. A possessive
/// ("Syria's" as one token) is tried without its "'s". A name followed by a designator ("Idlib province", "Kharkiv
/// Oblast") takes it into the span.</para>
/// <para>Filters: a name that is also a personal name or common word (place-words.tsv "needs-context": Chad, Jordan,
/// Nice…) needs a locative preposition before it, a ", country/state" qualifier after it, or the dateline. In body
/// text, a name followed by another capitalised word that is not a place ("Washington Post", "Jordan Peterson") is
/// taken to be part of another name and skipped.</para>
/// <para>Ambiguity ("Tripoli": Libya or Lebanon; "Paris": France or Texas) is settled, in order, by a qualifier
/// right after the name ("Paris, Texas"; "Tripoli, Lebanon"), by the countries of the other places in the same
/// sentence, then of the dateline and of the document's unambiguous places, then by <see cref="Gazetteer.Best"/>
/// (country, capital, population). The mention's Reason says which.</para>
/// </summary>
public sealed class PlaceRecognizer : IPipelineComponent
{
    private static readonly Lazy<PlaceRecognizer> _default = new(() => new PlaceRecognizer(Gazetteer.Default, PlaceWords.Default), LazyThreadSafetyMode.ExecutionAndPublication);
    public static PlaceRecognizer Default => _default.Value;

    private readonly Gazetteer _gazetteer;
    private readonly PlaceWords _words;

    public PlaceRecognizer(Gazetteer gazetteer) : this(gazetteer, PlaceWords.Default) { }
    internal PlaceRecognizer(Gazetteer gazetteer, PlaceWords words) { _gazetteer = gazetteer; _words = words; }

    public string Name => "places";
    public Annotation Requires => Annotation.Tokens | Annotation.Sentences;
    public Annotation Assigns => Annotation.Places;

    /// <summary>A name found in the text with its candidates, before the document-wide resolution.</summary>
    private readonly record struct Found(int First, int End, int Sentence, GazetteerEntry[] Candidates, string Rule, GazetteerEntry? Qualified);

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        // Running the stage again replaces its output rather than adding to it.
        document.Places.Clear();
        var dateline = ResolveDatelineEntry(document, _gazetteer);
        var found = new List<Found>();
        for (int s = 0; s < document.SentenceCount; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sent = document.Sentence(s);
            FindInSentence(document, s, sent.FirstToken, sent.EndToken, sent.Section, dateline, found);
        }

        // Document context: countries of unambiguous mentions (1 each) and of the dateline (3).
        // Sentence context: unambiguous mentions per (sentence, country), so each lookup is O(1).
        var docCountries = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var sentenceCountries = new Dictionary<(int, string), int>();
        if (dateline?.Country is { } dc) docCountries[dc] = 3;
        foreach (var f in found)
            if (f.Candidates.Length == 1 && f.Candidates[0].Country is { } c)
            {
                docCountries[c] = docCountries.GetValueOrDefault(c) + 1;
                sentenceCountries[(f.Sentence, c)] = sentenceCountries.GetValueOrDefault((f.Sentence, c)) + 1;
            }

        for (int fi = 0; fi < found.Count; fi++)
        {
            var f = found[fi];
            var range = new TokenRange(f.First, f.End);
            // "Buffalo, New York", "the state of Washington", "Utah, Washington and Wisconsin": the name is used as a
            // first-level division, not as the city of the same name.
            if (f.Qualified is null && DivisionByContext(document, found, fi) is { } division)
            {
                document.Places.Add(new PlaceMention(range, division.Entry.Place, f.Rule, $"division by context: {division.Why}"));
                continue;
            }
            if (f.Candidates.Length == 1)
            {
                document.Places.Add(new PlaceMention(range, f.Candidates[0].Place, f.Rule));
                continue;
            }
            if (f.Qualified is { } q)
            {
                document.Places.Add(new PlaceMention(range, q.Place, f.Rule, $"ambiguous ({f.Candidates.Length} candidates): qualifier after the name"));
                continue;
            }
            // The dateline's own place: a story filed from Paris, Texas means that Paris when it names "Paris".
            if (dateline is not null && Array.IndexOf(f.Candidates, dateline) >= 0)
            {
                document.Places.Add(new PlaceMention(range, dateline.Place, f.Rule, $"ambiguous ({f.Candidates.Length} candidates): the dateline's place"));
                continue;
            }
            // Same-sentence countries weigh more than document-wide ones. Document-wide context alone may not move
            // a name to a much smaller namesake (Moscow, Idaho in an article about US places): a candidate under a
            // twentieth of the default's population needs same-sentence evidence.
            var fallback = Gazetteer.Best(f.Candidates, null)!;
            GazetteerEntry? best = null;
            int bestScore = 0;
            string why = "";
            foreach (var cand in f.Candidates)
            {
                if (cand.Country is not { } cc) continue;
                // "Laos" is the country, not a town GeoNames also calls so.
                if (fallback.Feature == "country" && cand.Feature == "city") continue;
                // f itself is ambiguous, so it is never among the unambiguous mentions counted here.
                int sentenceScore = 4 * sentenceCountries.GetValueOrDefault((f.Sentence, cc));
                int score = sentenceScore + docCountries.GetValueOrDefault(cc);
                // Likewise an imported place against a bundled one, and any place against the country of that name.
                bool minor = cand != fallback && ((cand.Population ?? 0) * 20 < (fallback.Population ?? 0)
                    || (fallback.Curated && !cand.Curated) || (fallback.Feature == "country" && cand.Feature == "city"));
                if (minor && sentenceScore == 0) continue;
                if (score > bestScore || (score == bestScore && score > 0 && best is not null && Gazetteer.Compare(cand, best, null) < 0))
                {
                    best = cand; bestScore = score;
                }
            }
            if (best is not null) why = $"ambiguous ({f.Candidates.Length} candidates): {best.Country} from the other places and the dateline";
            else
            {
                best = fallback;
                why = $"ambiguous ({f.Candidates.Length} candidates): no context, chose by feature and population";
            }
            document.Places.Add(new PlaceMention(range, best.Place, f.Rule, why));
        }
    }

    private void FindInSentence(Document doc, int sentence, int first, int end, SectionKind section, GazetteerEntry? dateline, List<Found> output)
    {
        Span<char> key = stackalloc char[Gazetteer.MaxNameLength];
        Span<int> keyLengths = stackalloc int[16];
        int window = Math.Min(_gazetteer.MaxNameWords + 2, keyLengths.Length);
        var text = doc.Text.AsSpan();
        int i = first;
        while (i < end)
        {
            var tok = doc.Token(i).Span;
            if (tok.Length == 0 || !char.IsUpper(tok[0])) { i++; continue; }

            // Build the key for tokens [i, i+k) incrementally, remembering its length after each token.
            int len = 0, count = 0;
            for (int j = i; j < end && count < window; j++)
            {
                var t = doc.Token(j).Span;
                if (j > i)
                {
                    int gapStart = doc.Token(j - 1).End, gapEnd = doc.Token(j).Start;
                    if (gapEnd - gapStart > 2 || text[gapStart..gapEnd].ContainsAny('\n', '\r')) break;
                    if (gapEnd > gapStart) { if (len >= key.Length) break; key[len++] = ' '; }
                }
                if (len + t.Length > key.Length) break;
                foreach (var ch in t) key[len++] = ch is '’' or '‘' or 'ʼ' ? '\'' : ch;
                keyLengths[count++] = len;
            }

            int matchEnd = -1, matchKeyLength = 0;
            GazetteerEntry[] candidates = [];
            for (int k = count; k >= 1; k--)
            {
                var last = doc.Token(i + k - 1).Span;
                // The last piece is capitalised, or glued to the one before ("Sana" "'" "a", "D.C" ".").
                bool glued = k > 1 && doc.Token(i + k - 1).Start == doc.Token(i + k - 2).End;
                // A designator may be lower case: "Washington state", "Idlib province" are names of their own.
                if (last.Length == 0 || !(char.IsUpper(last[0]) || glued || (k > 1 && _words.IsDesignator(last)))) continue;
                int keyLength = keyLengths[k - 1];
                var c = _gazetteer.LookupNormalized(key[..keyLength]);
                if (c.Length == 0 && k == 1 && last.Length > 2 && (last.EndsWith("'s") || last.EndsWith("’s")))
                    c = _gazetteer.LookupNormalized(key[..(keyLength -= 2)]);
                if (c.Length > 0) { matchEnd = i + k; matchKeyLength = keyLength; candidates = c; break; }
            }
            if (matchEnd < 0) { i++; continue; }
            // "UN", "FAO", "ALMA": a short all-capitals token is an acronym; it names only a place written that way ("US", "DRC").
            if (matchEnd == i + 1 && tok.Length <= 4 && IsAllUpper(tok))
            {
                var exact = FilterExactForm(candidates, tok);
                if (exact.Length == 0) { i++; continue; }
                candidates = exact;
            }
            // Months, weekdays and capitalised words ("March", "University") are never places on their own.
            if (_words.IsNotPlace(key[..matchKeyLength])) { i = matchEnd; continue; }
            // Only small imported towns: the name is as likely a surname or a word ("Anderson", "Bell").
            bool weak = Array.TrueForAll(candidates, static c => c.IsMinor);

            int spanEnd = matchEnd;
            // "in Moscow", "in the Gaza Strip": the preposition may stand before a "the".
            int prev = i - 1;
            if (prev > first && doc.Token(prev).Span.Equals("the", StringComparison.OrdinalIgnoreCase)) prev--;
            bool locative = prev >= first && _words.IsLocative(doc.Token(prev).Span);
            GazetteerEntry? qualified = Qualifier(doc, matchEnd, end, candidates, out int qualifierEnd);
            bool nextIsDesignator = spanEnd < end && _words.IsDesignator(doc.Token(spanEnd).Span);
            // "U.S. The first case": a sentence starter after the name is not part of it (the segmenter may have joined two sentences).
            bool nextCapitalised = !nextIsDesignator && spanEnd < end && doc.Token(spanEnd).Span is var nx && nx.Length > 0 && char.IsUpper(nx[0])
                && !_words.IsStarter(nx);
            string? skip = null;

            // "Taco Bell", "Pamela Anderson", "Mr Jackson", "Ilocos Sur": a town name after a capitalised word that is not a
            // place and not the sentence's first word ends another name.
            bool townsOnly = matchEnd == i + 1 && Array.TrueForAll(candidates, static c => c.Feature == "city");
            if ((weak || townsOnly) && section == SectionKind.Body && i - 1 > first && doc.Token(i - 1).Span is var pv && pv.Length > 0
                && char.IsUpper(pv[0]) && !_words.IsLocative(pv) && !StartsPlace(doc, i - 1, i))
                skip = "part of a longer name";
            if (skip is null && (weak || _words.NeedsContext(key[..matchKeyLength])) && !locative && qualifierEnd < 0 && !nextIsDesignator
                && !(dateline is not null && Array.IndexOf(candidates, dateline) >= 0)
                && !IsListedWithPlaces(doc, i, matchEnd, first, end))
                skip = "needs-context";
            if (skip is null && nextCapitalised && section == SectionKind.Body && !StartsPlace(doc, spanEnd, end))
                skip = "part of a longer name";
            if (skip is not null) { i = matchEnd; continue; }

            if (nextIsDesignator)
            {
                spanEnd++;
                // "Borno State", "Valle province": prefer the division over a city of the same name.
                if (!doc.Token(spanEnd - 1).Span.Equals("city", StringComparison.OrdinalIgnoreCase))
                {
                    var divisions = Array.FindAll(candidates, c => c.Feature is "admin1" or "region" or "territory");
                    if (divisions.Length > 0) candidates = divisions;
                }
            }
            // "Syria's army": a possessive name is usually an actor's owner, not where something happened.
            bool possessive = matchKeyLength < keyLengths[matchEnd - i - 1]
                || (spanEnd < end && doc.Token(spanEnd).Span is var ps && (ps.SequenceEqual("'s") || ps.SequenceEqual("’s")));
            string rule = locative ? "gazetteer:locative" : possessive ? "gazetteer:possessive" : "gazetteer";
            output.Add(new Found(i, spanEnd, sentence, candidates, rule, qualified));
            i = spanEnd;
        }
    }

    /// <summary>
    /// The first-level division an ambiguous name denotes when its context says it is used as one: it qualifies the
    /// place before it ("Buffalo, New York"), follows "state of" / "province of", or stands in a list whose neighbour is
    /// a division and nothing else ("Utah, Washington and Wisconsin"; "Baghdad, Basra" is not such a list, since Basra
    /// is also a city). Null when there is no such cue or no division among the candidates.
    /// </summary>
    private (GazetteerEntry Entry, string Why)? DivisionByContext(Document doc, List<Found> found, int index)
    {
        var f = found[index];
        // The divisions cost gazetteer lookups: they are looked up only once a cue in the text asks for them.
        List<GazetteerEntry>? divisions = null;
        List<GazetteerEntry> Divisions() => divisions ??= this.Divisions(doc, f);
        // "the state of Washington", "the province of Ontario"
        if (f.First >= 2 && doc.Token(f.First - 1).Span.Equals("of", StringComparison.OrdinalIgnoreCase)
            && doc.Token(f.First - 2).Span is var w && (w.Equals("state", StringComparison.OrdinalIgnoreCase) || w.Equals("province", StringComparison.OrdinalIgnoreCase)))
            return Divisions().Count == 0 ? null : (BestDivision(Divisions(), null)!, "a division after \"" + w.ToString().ToLowerInvariant() + " of\"");
        // "New York Governor Andrew Cuomo": a state or provincial governor.
        if (f.End < doc.TokenCount && doc.Token(f.End).Span is var g0 && (g0.SequenceEqual("Governor") || g0.SequenceEqual("governor") || g0.SequenceEqual("Gov.")))
            return Divisions().Count == 0 ? null : (BestDivision(Divisions(), null)!, "a division before \"governor\"");
        // A qualifier: "Buffalo, New York", "Mississauga, Ontario" (the place before it is a city in that division's country).
        if (index > 0 && found[index - 1] is var before && before.Sentence == f.Sentence && before.End == f.First - 1
            && doc.Token(f.First - 1).Span.SequenceEqual(","))
        {
            // "Brooklyn, New York", "Salford, Manchester": a district of the city of that name, which stays the city.
            bool districtOfCity = Array.Exists(before.Candidates, b => Array.Exists(f.Candidates, c => c.Feature is "city" or "capital" && IsNear(b.Place, c.Place, 40)));
            if (!districtOfCity)
                foreach (var c in Divisions())
                    if (Array.Exists(before.Candidates, b => b.Feature is "city" or "capital" && b.Country == c.Country))
                        return (c, "a division qualifying the place before it");
        }
        // A list of divisions: a neighbour joined by "," / "and" / "or" whose every candidate is a division.
        foreach (int n in (ReadOnlySpan<int>)[index - 1, index + 1])
        {
            if (n < 0 || n >= found.Count || found[n].Sentence != f.Sentence) continue;
            var other = found[n];
            int gapFirst = n < index ? other.End : f.End, gapEnd = n < index ? f.First : other.First;
            if (gapEnd - gapFirst is < 1 or > 2) continue;
            bool joined = true;
            for (int t = gapFirst; t < gapEnd; t++)
            {
                var g = doc.Token(t).Span;
                if (!(g.SequenceEqual(",") || g.Equals("and", StringComparison.OrdinalIgnoreCase) || g.Equals("or", StringComparison.OrdinalIgnoreCase))) joined = false;
            }
            if (!joined || !Array.TrueForAll(other.Candidates, static c => c.Feature == "admin1")) continue;
            string? country = other.Candidates[0].Country;
            if (!Array.TrueForAll(other.Candidates, c => c.Country == country)) country = null;
            if (BestDivision(Divisions(), country) is { } d && (country is null || d.Country == country))
                return (d, "listed with a division");
        }
        return null;
    }

    /// <summary>The divisions a mention may denote: its admin1 candidates, and divisions named after it with a designator
    /// in the country of one of its candidates ("New York" → "New York State", "Kano" → "Kano State").</summary>
    private List<GazetteerEntry> Divisions(Document doc, Found f)
    {
        var result = new List<GazetteerEntry>();
        foreach (var c in f.Candidates) if (c.Feature == "admin1") result.Add(c);
        var name = doc.Text.AsSpan(doc.Token(f.First).Start, doc.Token(f.End - 1).End - doc.Token(f.First).Start);
        if (name.Length > Gazetteer.MaxNameLength - 14) return result;
        Span<char> key = stackalloc char[Gazetteer.MaxNameLength];
        name.CopyTo(key);
        foreach (var designator in HomonymDesignators)
        {
            designator.CopyTo(key[name.Length..]);
            foreach (var e in _gazetteer.LookupEntries(key[..(name.Length + designator.Length)]))
                if (e.Feature == "admin1" && !result.Contains(e) && Array.Exists(f.Candidates, c => c.Country == e.Country)) result.Add(e);
        }
        return result;
    }

    private static bool IsNear(Place a, Place b, double km) =>
        a.Latitude is { } la && a.Longitude is { } oa && b.Latitude is { } lb && b.Longitude is { } ob && GeoNamesImporter.Km(la, oa, lb, ob) <= km;

    private static readonly string[] HomonymDesignators = [" State", " Province", " Region", " Oblast", " Governorate"];

    private static GazetteerEntry? BestDivision(List<GazetteerEntry> candidates, string? country)
    {
        GazetteerEntry? best = null;
        foreach (var c in candidates)
            if (best is null || Gazetteer.Compare(c, best, country) < 0) best = c;
        return best;
    }

    /// <summary>", Texas" / ", Lebanon" / "(Lebanon)" after a name: the candidate in that country or first-level division.</summary>
    private GazetteerEntry? Qualifier(Document doc, int after, int end, GazetteerEntry[] candidates, out int qualifierEnd)
    {
        qualifierEnd = -1;
        if (after + 1 >= end) return null;
        var sep = doc.Token(after).Span;
        if (!(sep.SequenceEqual(",") || sep.SequenceEqual("("))) return null;
        // Try the longest capitalised run of up to 4 tokens after the separator.
        for (int k = Math.Min(4, end - after - 1); k >= 1; k--)
        {
            var r = new TokenRange(after + 1, after + 1 + k);
            var lastTok = doc.Token(r.EndToken - 1).Span;
            if (lastTok.Length == 0 || !char.IsUpper(lastTok[0])) continue;
            var q = doc.Text.AsSpan(r.StartCharIn(doc), r.EndCharIn(doc) - r.StartCharIn(doc));
            var iso = _gazetteer.CountryCode(q);
            string? admin1 = null;
            if (iso is null)
            {
                foreach (var e in _gazetteer.LookupEntries(q))
                    if (e.Feature == "admin1") { admin1 = e.Admin1 ?? e.Name; iso = e.Country; break; }
                if (iso is null && q.Length <= 40 && _gazetteer.CountryOfAdmin1(q.ToString()) is { } a1c) { admin1 = q.ToString(); iso = a1c; }
            }
            if (iso is null) continue;
            foreach (var c in candidates)
            {
                bool ok = admin1 is not null
                    ? string.Equals(c.Admin1, admin1, StringComparison.OrdinalIgnoreCase) && string.Equals(c.Country, iso, StringComparison.OrdinalIgnoreCase)
                    : string.Equals(c.Country, iso, StringComparison.OrdinalIgnoreCase) && c.Feature != "country";
                if (ok) { qualifierEnd = r.EndToken; return c; }
            }
            return null;
        }
        return null;
    }

    private static bool IsAllUpper(ReadOnlySpan<char> t)
    {
        bool letter = false;
        foreach (var ch in t)
        {
            if (char.IsLower(ch)) return false;
            if (char.IsLetter(ch)) letter = true;
        }
        return letter;
    }

    /// <summary>The candidates that have <paramref name="form"/> as a name, with the same letter case.</summary>
    private static GazetteerEntry[] FilterExactForm(GazetteerEntry[] candidates, ReadOnlySpan<char> form)
    {
        int n = 0;
        foreach (var c in candidates) if (HasForm(c, form)) n++;
        if (n == candidates.Length) return candidates;
        var result = new GazetteerEntry[n];
        n = 0;
        foreach (var c in candidates) if (HasForm(c, form)) result[n++] = c;
        return result;

        static bool HasForm(GazetteerEntry c, ReadOnlySpan<char> f)
        {
            if (f.SequenceEqual(c.Name)) return true;
            foreach (var a in c.AlternateNames) if (f.SequenceEqual(a)) return true;
            return false;
        }
    }

    /// <summary>Whether a gazetteer name starts at <paramref name="token"/> (one token or more).</summary>
    private bool StartsPlace(Document doc, int token, int end)
    {
        if (token >= end) return false;
        Span<char> key = stackalloc char[Gazetteer.MaxNameLength];
        int len = 0;
        for (int j = token; j < end && j < token + 4; j++)
        {
            var t = doc.Token(j).Span;
            if (j > token)
            {
                if (doc.Token(j).Start > doc.Token(j - 1).End) { if (len >= key.Length) break; key[len++] = ' '; }
            }
            if (len + t.Length > key.Length) break;
            t.CopyTo(key[len..]);
            len += t.Length;
            // A small imported town does not make a neighbouring capitalised word a place ("Nelson Mandela"), nor does a word.
            if (Array.Exists(_gazetteer.LookupNormalized(key[..len]), static c => !c.IsMinor) && !_words.IsNotPlace(key[..len])) return true;
        }
        return false;
    }

    /// <summary>"Chad, Niger and Mali": a name right before or after ", " / "and" next to another gazetteer name.</summary>
    private bool IsListedWithPlaces(Document doc, int first, int end, int sentFirst, int sentEnd)
    {
        if (end + 1 < sentEnd && (doc.Token(end).Span.SequenceEqual(",") || doc.Token(end).Span.Equals("and", StringComparison.OrdinalIgnoreCase))
            && StartsPlace(doc, end + 1, sentEnd)) return true;
        if (first - 2 >= sentFirst && (doc.Token(first - 1).Span.SequenceEqual(",") || doc.Token(first - 1).Span.Equals("and", StringComparison.OrdinalIgnoreCase)))
        {
            // Look back for a place ending at first-2 (a single-token check is enough for a list).
            return StartsPlace(doc, first - 2, first - 1);
        }
        return false;
    }

    /// <summary>
    /// The place an event gets: the place mention introduced by a locative preposition ("in Moscow") in the event's
    /// sentence nearest to the trigger token, else the dateline's place (index -1), else null. Possessive and bare
    /// mentions ("Syria's army", "Russia agreed") name actors more often than locations and are not used.
    /// </summary>
    public static (Place? Place, int PlaceIndex, bool FromText) EventPlace(Document document, int sentence, int triggerToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        int best = -1, bestDist = int.MaxValue;
        if ((uint)sentence < (uint)document.SentenceCount)
        {
            var s = document.Sentence(sentence);
            for (int i = 0; i < document.Places.Count; i++)
            {
                var p = document.Places[i];
                if (p.Place is null || p.Rule != "gazetteer:locative") continue;
                if (p.Tokens.FirstToken < s.FirstToken || p.Tokens.EndToken > s.EndToken) continue;
                if (!LocatesTrigger(document, p.Tokens, triggerToken)) continue;
                int dist = p.Tokens.Contains(triggerToken) ? 0
                    : p.Tokens.EndToken <= triggerToken ? triggerToken - p.Tokens.EndToken + 1 : p.Tokens.FirstToken - triggerToken;
                if (dist < bestDist) { best = i; bestDist = dist; }
            }
        }
        if (best >= 0) return (document.Places[best].Place, best, true);
        return (ResolveDateline(document), -1, false);
    }

    /// <summary>
    /// Whether a locative place may be the place of the event at <paramref name="triggerToken"/>, by the tree (always,
    /// without a parse): not when it hangs in a clause below or beside the trigger's ("sanctioned officials accused of
    /// supplying drones to Russia"), nor when a preposition of direction ties it to a noun other than the trigger
    /// ("sanctions over drone sales to Russia": the sales go there, the sanctions are not imposed there). A place on the
    /// trigger's object still places it ("shelled a village in Kharkiv"), as does the goal of the trigger itself ("sent
    /// aid to Gaza").
    /// </summary>
    private static bool LocatesTrigger(Document doc, TokenRange place, int triggerToken)
    {
        if ((doc.Annotations & Pipeline.Annotation.Dependencies) == 0) return true;
        var trigger = new TokenRange(triggerToken, triggerToken + 1);
        if (!Syntax.Attachment.GovernedFromAbove(doc, place, trigger)) return false;
        int head = Syntax.Attachment.SpanHead(doc, place);
        var tok = doc.Token(head);
        // "over drone sales to Russia" hung on the verb: a direction phrase right after the noun of another prepositional
        // phrase is that noun's (the sales go to Russia); the parser's high attachment does not make it the trigger's goal.
        if (tok.Relation is { } orel && orel.StartsWith("obl", StringComparison.Ordinal) && tok.Head == triggerToken
            && CaseBefore(doc, place, head) is int cs && cs > 0 && DirectionPrepositions.Contains(doc.Token(cs).Span.ToString())
            && doc.Token(cs - 1) is var prev && prev.Upos is Documents.Upos.NOUN or Documents.Upos.PROPN
            && prev.Relation is { } prel && (prel.StartsWith("obl", StringComparison.Ordinal) || prel.StartsWith("nmod", StringComparison.Ordinal)))
            return false;
        if (tok.Relation is not { } rel || !rel.StartsWith("nmod", StringComparison.Ordinal) || tok.Head == triggerToken) return true;
        for (int c = Math.Max(place.FirstToken - 3, 0); c < place.FirstToken; c++)
            if (doc.Token(c).Head == head && doc.Token(c).Relation == "case" && DirectionPrepositions.Contains(doc.Token(c).Span.ToString()))
                return false;
        return true;
    }

    /// <summary>The case marker of the place's head right before the place, or -1.</summary>
    private static int CaseBefore(Document doc, TokenRange place, int head)
    {
        for (int c = Math.Max(place.FirstToken - 3, 0); c < place.FirstToken; c++)
            if (doc.Token(c).Head == head && doc.Token(c).Relation == "case") return c;
        return -1;
    }

    private static readonly HashSet<string> DirectionPrepositions = new(StringComparer.OrdinalIgnoreCase) { "to", "into", "toward", "towards", "from" };

    /// <summary>
    /// The full place rule for an event, a pure function of the document: (1) the locative place mention nearest the
    /// trigger in its sentence ("in Moscow"); else (2) the dateline place when the story was filed where it happened
    /// (the dateline's country is the source's or target's country); else (3) the country the dyad shares (or the one
    /// country named when only one actor has one). Unresolved results carry a reason.
    /// </summary>
    public static EventPlaceResult ResolveEventPlace(Document document, int sentence, int triggerToken, string? sourceCountry, string? targetCountry)
    {
        ArgumentNullException.ThrowIfNull(document);
        var (p, index, fromText) = EventPlace(document, sentence, triggerToken);
        if (fromText && p is not null) return new EventPlaceResult(p, index, "locative", null);
        var dateline = ResolveDateline(document);
        if (dateline?.Country is { } dc && (string.Equals(dc, sourceCountry, StringComparison.OrdinalIgnoreCase) || string.Equals(dc, targetCountry, StringComparison.OrdinalIgnoreCase)))
            return new EventPlaceResult(dateline, -1, "dateline", null);
        string? iso = sourceCountry is not null && targetCountry is not null
            ? (string.Equals(sourceCountry, targetCountry, StringComparison.OrdinalIgnoreCase) ? sourceCountry : null)
            : sourceCountry ?? targetCountry;
        if (iso is not null && Gazetteer.Default.Country(iso) is { } country) return new EventPlaceResult(country, -1, "country", null);
        string reason = sourceCountry is not null && targetCountry is not null
            ? $"no locative place in the sentence, the dateline is not in {sourceCountry} or {targetCountry}, and the dyad spans two countries"
            : "no locative place in the sentence, no dateline in the dyad's country, and no actor country";
        return new EventPlaceResult(null, -1, "unresolved", reason);
    }

    /// <summary>The place of the article's dateline ("GAZA CITY", "KYIV, Ukraine", "Paris, Texas"), or null.</summary>
    public static Place? ResolveDateline(Document d) => ResolveDatelineEntry(d, Gazetteer.Default)?.Place;

    /// <summary>The place a dateline's place text names ("KYIV, Ukraine"), or null.</summary>
    public static Place? ResolveDateline(Dateline? dateline) => ResolveDatelineEntry(dateline?.Place, Gazetteer.Default)?.Place;

    private static GazetteerEntry? ResolveDatelineEntry(Document d, Gazetteer g) => ResolveDatelineEntry(d?.Article.Dateline?.Place, g);

    private static GazetteerEntry? ResolveDatelineEntry(string? text, Gazetteer g)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200) return null;
        var parts = text.Split(',', 2, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return null;
        var candidates = g.LookupEntries(parts[0]);
        // "HELENA, Mont. (AP)", "SALEM, Ore.": a US state after the city places the dateline in the United States, also when
        // the gazetteer lacks the city or holds one of that name elsewhere.
        if (parts.Length > 1 && PlaceWords.Default.IsUsState(parts[1]))
        {
            foreach (var c in candidates)
                if (c.Country == "USA") return c;
            return g.CountryEntry("USA");
        }
        if (candidates.Count == 0) return null;
        string? hint = null;
        if (parts.Length > 1)
        {
            hint = g.CountryCode(parts[1]);
            if (hint is null)
            {
                foreach (var e in g.LookupEntries(parts[1]))
                    if (e.Feature == "admin1")
                    {
                        foreach (var c in candidates)
                            if (string.Equals(c.Admin1, e.Admin1 ?? e.Name, StringComparison.OrdinalIgnoreCase) && c.Country == e.Country) return c;
                        hint = e.Country;
                    }
            }
        }
        return Gazetteer.Best(candidates, hint);
    }
}

/// <summary>Where an event happened: <paramref name="Place"/> (null when unresolved, with <paramref name="Reason"/>),
/// the index into <see cref="Document.Places"/> when it came from a mention (else -1), and the rule that decided
/// ("locative", "dateline", "country", "unresolved").</summary>
public sealed record EventPlaceResult(Place? Place, int PlaceIndex, string Rule, string? Reason);

/// <summary>The word lists of data/places/place-words.tsv, loaded once.</summary>
internal sealed class PlaceWords
{
    private static readonly Lazy<PlaceWords> _default = new(() => Load("places/place-words.tsv"), LazyThreadSafetyMode.ExecutionAndPublication);
    public static PlaceWords Default => _default.Value;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _locative, _designator, _needsContext, _notPlace, _starter, _usStates;

    public PlaceWords(FrozenSet<string> locative, FrozenSet<string> designator, FrozenSet<string> needsContext, FrozenSet<string>? notPlace = null,
        FrozenSet<string>? starter = null, FrozenSet<string>? usStates = null)
    {
        _usStates = (usStates ?? FrozenSet<string>.Empty).GetAlternateLookup<ReadOnlySpan<char>>();
        StarterWords = starter ?? FrozenSet<string>.Empty;
        _starter = StarterWords.GetAlternateLookup<ReadOnlySpan<char>>();
        NotPlaceNames = notPlace ?? FrozenSet<string>.Empty;
        _notPlace = NotPlaceNames.GetAlternateLookup<ReadOnlySpan<char>>();
        Locative = locative; Designator = designator; NeedsContextNames = needsContext;
        _locative = locative.GetAlternateLookup<ReadOnlySpan<char>>();
        _designator = designator.GetAlternateLookup<ReadOnlySpan<char>>();
        _needsContext = needsContext.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public FrozenSet<string> Locative { get; }
    public FrozenSet<string> Designator { get; }
    public FrozenSet<string> NeedsContextNames { get; }

    public bool IsLocative(ReadOnlySpan<char> w) => _locative.Contains(w);
    public bool IsDesignator(ReadOnlySpan<char> w) => _designator.Contains(w);
    public bool NeedsContext(ReadOnlySpan<char> name) => _needsContext.Contains(name);
    public FrozenSet<string> NotPlaceNames { get; }
    public bool IsNotPlace(ReadOnlySpan<char> name) => _notPlace.Contains(name);
    public FrozenSet<string> StarterWords { get; }
    /// <summary>A capitalised word that starts a sentence or clause ("The", "It"): a name before it has ended.</summary>
    public bool IsStarter(ReadOnlySpan<char> word) => _starter.Contains(word);
    /// <summary>A US state as a dateline writes it after the city: AP's abbreviation ("Mont.", "N.Y.") or its name.</summary>
    public bool IsUsState(ReadOnlySpan<char> text) => _usStates.Contains(text);

    public static PlaceWords Load(string relativePath)
    {
        using var reader = DataFiles.OpenText(relativePath);
        var sets = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal)
        {
            ["locative"] = new(StringComparer.OrdinalIgnoreCase),
            ["designator"] = new(StringComparer.OrdinalIgnoreCase),
            ["needs-context"] = new(StringComparer.OrdinalIgnoreCase),
            ["not-place"] = new(StringComparer.OrdinalIgnoreCase),
            ["starter"] = new(StringComparer.Ordinal),
            ["us-state"] = new(StringComparer.OrdinalIgnoreCase),
        };
        bool header = false;
        int lineNo = 0;
        for (string? line; (line = reader.ReadLine()) is not null;)
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#') continue;
            if (!header) { header = true; continue; }
            var f = line.Split('\t');
            if (f.Length < 2 || !sets.TryGetValue(f[0], out var set))
                throw new InvalidDataException($"{relativePath}:{lineNo}: expected 'kind<TAB>word' with a known kind");
            set.Add(f[1]);
        }
        return new PlaceWords(
            sets["locative"].ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            sets["designator"].ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            sets["needs-context"].ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            sets["not-place"].ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            sets["starter"].ToFrozenSet(StringComparer.Ordinal),
            sets["us-state"].ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    }
}
