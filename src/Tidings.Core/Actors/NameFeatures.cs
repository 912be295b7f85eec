using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Tidings.Documents;
using Tidings.Learning;
using Tidings.Places;
using Tidings.Syntax;

namespace Tidings.Actors;

/// <summary>
/// The name tagger's label set: BILOU over PER, ORG, LOC. Label 0 is O; type t (index in <see cref="Iob2.Types"/>)
/// at position p (B 0, I 1, L 2, U 3) is 1 + 4t + p. A sequence is valid when every B-X/I-X is followed by
/// I-X/L-X and every I-X/L-X follows B-X/I-X.
/// </summary>
internal static class NameLabels
{
    public const int Count = 13;
    public const int B = 0, I = 1, L = 2, U = 3;
    public static int Type(int label) => (label - 1) >> 2;
    public static int Pos(int label) => (label - 1) & 3;
    public static int Of(int type, int pos) => 1 + 4 * type + pos;

    /// <summary>True when <paramref name="label"/> may follow <paramref name="prev"/> (-1 = sentence start); <paramref name="last"/>: no word follows.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Allowed(int prev, int label, bool last)
    {
        bool open = prev > 0 && Pos(prev) is B or I;
        if (label == 0) return !open;
        int p = Pos(label);
        if (last && p is B or I) return false;
        if (open) return Type(label) == Type(prev) && p is I or L;
        return p is B or U;
    }

    /// <summary>BILOU labels of the spans in an IOB2 tag sequence (types outside <see cref="Iob2.Types"/> are O).</summary>
    public static int[] FromIob2(string[] tags)
    {
        var labels = new int[tags.Length];
        foreach (var s in Iob2.Spans(tags))
        {
            int t = TypeIndex(s.Type);
            if (t < 0) continue;
            if (s.End - s.Start == 1) { labels[s.Start] = Of(t, U); continue; }
            labels[s.Start] = Of(t, B);
            for (int i = s.Start + 1; i < s.End - 1; i++) labels[i] = Of(t, I);
            labels[s.End - 1] = Of(t, L);
        }
        return labels;
    }

    public static int TypeIndex(string type)
    {
        for (int i = 0; i < Iob2.Types.Count; i++) if (Iob2.Types[i] == type) return i;
        return -1;
    }

    /// <summary>Spans of a valid BILOU label sequence (a stray I/L without B is read as starting a span, so any input gives spans).</summary>
    public static List<NameSpan> Spans(ReadOnlySpan<int> labels)
    {
        var spans = new List<NameSpan>();
        int start = -1, type = -1;
        for (int i = 0; i < labels.Length; i++)
        {
            int l = labels[i];
            if (l == 0) { start = -1; continue; }
            int t = Type(l), p = Pos(l);
            if (p is B or U || start < 0 || t != type) { start = i; type = t; }
            if (p is L or U) { spans.Add(new NameSpan(start, i + 1, Iob2.Types[t])); start = -1; }
        }
        if (start >= 0) spans.Add(new NameSpan(start, labels.Length, Iob2.Types[type]));
        return spans;
    }
}

/// <summary>
/// Feature extraction for the name tagger. One instance per thread (scratch buffers reused from sentence to
/// sentence, so tagging allocates nothing per token). Features are hashed 64-bit keys (<see cref="FeatureHash"/>);
/// their templates and spelling are part of the model format: change them only with a new
/// <see cref="NameTagger.ModelVersion"/>.
/// </summary>
internal sealed class NameFeatures
{
    public const int MaxStatic = 80;
    private const int MaxNameWords = 6;
    private const int MaxKey = 96;

    // Words that precede a person's name as a courtesy or rank title ("Mr. Smith", "Gen. Petraeus").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Honorifics = new[]
    {
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "professor", "sir", "dame", "lord", "lady",
        "rev", "rev.", "reverend", "fr.", "father", "sen.", "sen", "senator", "rep.", "gov.", "governor", "gen.", "general", "col.",
        "lt.", "sgt.", "capt.", "captain", "maj.", "adm.", "admiral", "president", "minister", "king", "queen", "prince", "princess",
        "pope", "sheikh", "ayatollah", "judge", "justice", "mayor", "uncle", "aunt", "brother", "sister", "saint", "st.",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Head nouns that end organisation names ("Acme Holdings Inc", "Bank of Ghana" ends in a place but starts with
    // "Bank": both ends are checked) and place names ("Hayes Street", "Lake Tahoe").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OrgHeads = new[]
    {
        "inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "company", "ltd", "ltd.", "llc", "plc", "group", "holdings",
        "bank", "university", "college", "school", "academy", "institute", "hospital", "clinic", "church", "club", "team",
        "association", "society", "foundation", "fund", "council", "committee", "commission", "ministry", "department",
        "agency", "authority", "bureau", "office", "party", "union", "league", "federation", "army", "navy", "police",
        "court", "parliament", "congress", "senate", "assembly", "airlines", "airways", "air", "motors", "systems",
        "technologies", "partners", "services", "industries", "news", "times", "post", "journal", "press", "tribune",
        "herald", "network", "channel", "radio", "tv", "records", "studios", "center", "centre", "organization",
        "organisation", "movement", "front", "brigade", "forces", "service", "board", "restaurant", "hotel", "cafe", "bar",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceHeads = new[]
    {
        "street", "st", "st.", "avenue", "ave", "ave.", "road", "rd", "rd.", "boulevard", "blvd", "lane", "drive", "square",
        "bridge", "river", "lake", "mountain", "mountains", "mount", "mt", "mt.", "island", "islands", "bay", "beach", "coast",
        "valley", "park", "county", "city", "town", "village", "province", "state", "region", "district", "airport",
        "station", "port", "harbor", "harbour", "hills", "canyon", "desert", "sea", "ocean", "gulf", "peninsula", "strait",
        "heights", "falls", "springs", "gardens", "mall", "plaza", "hall", "tower", "stadium", "arena", "palace", "castle",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private byte[] _run = new byte[64];

    // Capitalised runs ("Hayes Street Grill", "Bank of Ghana": lower-case "of", "and", "&", "for", "the", "de" inside
    // are allowed): _run[i] = 1 + 4 * kind + BILOU position, kind 0 plain, 1 ends or starts in an organisation head
    // noun, 2 ends or starts in a place head noun.
    private void MarkRuns()
    {
        int i = 0;
        while (i < _n)
        {
            _run[i] = 0;
            if (!Cap(i)) { i++; continue; }
            int j = i + 1;
            while (j < _n)
            {
                if (Cap(j)) { j++; continue; }
                if (j + 1 < _n && Cap(j + 1) && _words[j] is "of" or "and" or "&" or "for" or "the" or "de") { j += 2; continue; }
                break;
            }
            int kind = OrgHeads.Contains(_words[j - 1]) || (j - i > 1 && OrgHeads.Contains(_words[i])) ? 1
                     : PlaceHeads.Contains(_words[j - 1]) || (j - i > 1 && PlaceHeads.Contains(_words[i])) ? 2 : 0;
            Mark(_run, i, j, kind);
            i = j;
        }
    }

    private bool Cap(int i) => _words[i].Length > 0 && char.IsUpper(_words[i][0]);

    private readonly ActorLexicon? _lexicon;
    private readonly Gazetteer? _gazetteer;
    private readonly bool _usePos;
    private readonly WordClasses? _wordClasses;

    private int _n;
    private string[] _words = new string[64];
    private char[] _chars = new char[1024];     // lowercase forms (digits as 0), then shapes
    private int _charCount;
    private int[] _lowOff = new int[64], _lowLen = new int[64], _shOff = new int[64], _shLen = new int[64];
    private byte[] _actor = new byte[64], _place = new byte[64], _flags = new byte[64];
    private string[] _xpos = new string[64];
    private int[] _classes = new int[64];
    private int[] _wordClass = new int[64], _wordClass2 = new int[64];
    private char[] _key = new char[MaxKey];
    private ulong[] _static = new ulong[64 * MaxStatic];
    private int[] _staticCount = new int[64];
    // static features before the document ones: what SetDocument keeps
    private int[] _baseCount = new int[64];
    private int _caseMode;
    private int[] _doc = new int[64];
    private bool _useDocument;

    // _flags bits
    private const byte Initial = 1, PrevRole = 2, PrevTitle = 4, PrevHonorific = 8;

    public NameFeatures(ActorLexicon? lexicon, Gazetteer? gazetteer, bool usePos, WordClasses? wordClasses = null)
    {
        _lexicon = lexicon;
        _gazetteer = gazetteer;
        _usePos = usePos;
        _wordClasses = wordClasses;
    }

    public int Count => _n;

    /// <summary>
    /// Prepares a sentence: per-word forms, shapes, lexicon matches and static features. <paramref name="xpos"/>:
    /// the sentence's tags when already computed (training visits a sentence once per epoch), else the tagger runs
    /// when the model uses tags.
    /// </summary>
    public void Load(IReadOnlyList<string> words, string[]? xpos = null) => Load(words, xpos, default);

    /// <summary>As <see cref="Load(IReadOnlyList{string}, string[])"/>, with the words' document context codes for
    /// a second-stage model (<see cref="NameDocument"/>; empty: no document features, a first-stage or one-stage model).</summary>
    public void Load(IReadOnlyList<string> words, string[]? xpos, ReadOnlySpan<int> document)
    {
        int n = words.Count;
        _useDocument = document.Length == n && n > 0;
        _n = n;
        if (_words.Length < n) Grow(n);
        _charCount = 0;
        int upperWords = 0, lowerWords = 0;
        for (int i = 0; i < n; i++)
        {
            var w = words[i] ?? "";
            _words[i] = w;
            // lowercase, digits folded to 0, at most 40 characters
            var src = w.AsSpan(0, Math.Min(w.Length, 40));
            EnsureChars(src.Length * 2 + 16);
            _lowOff[i] = _charCount;
            foreach (var c in src) _chars[_charCount++] = char.IsDigit(c) ? '0' : char.ToLowerInvariant(c);
            _lowLen[i] = _charCount - _lowOff[i];
            // shape: X upper, x lower, d digit, other characters as themselves; runs collapsed, at most 8
            _shOff[i] = _charCount;
            char last = '\0';
            int len = 0;
            foreach (var c in src)
            {
                char s = char.IsUpper(c) ? 'X' : char.IsLetter(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
                if (s == last) continue;
                last = s;
                if (len < 8) { _chars[_charCount++] = s; len++; }
            }
            _shLen[i] = len;
            if (w.Length > 0 && char.IsUpper(w[0])) upperWords++;
            else if (w.Length > 0 && char.IsLower(w[0])) lowerWords++;
            _actor[i] = 0; _place[i] = 0; _flags[i] = 0;
            _doc[i] = _useDocument ? document[i] : 0;
        }
        // sentence case: 0 mixed, 1 no capitalised word (web text in lower case), 2 mostly capitalised (headline / shouting)
        _caseMode = upperWords == 0 && lowerWords > 0 ? 1 : upperWords >= 3 && upperWords > 2 * lowerWords ? 2 : 0;
        for (int i = 0; i < n; i++) if (IsInitial(i)) _flags[i] |= Initial;
        MatchLexicons();
        MarkRuns();
        if (_usePos && xpos is not null && xpos.Length >= n) Array.Copy(xpos, _xpos, n);
        else if (_usePos)
        {
            // predicted (never gold) Penn tags of our own tagger: NNP/NNPS is the strongest single cue of a name
            var tagger = PerceptronTagger.Default;
            if (tagger is null) Array.Fill(_xpos, "_", 0, n);
            else
            {
                // the tagger needs non-empty words (pipeline tokens always are; Tag promises to take any input)
                bool empty = false;
                for (int i = 0; i < n && !empty; i++) empty = _words[i].Length == 0;
                IReadOnlyList<string> input = empty ? _words.Take(n).Select(w => w.Length == 0 ? "_" : w).ToArray() : new ArraySegment<string>(_words, 0, n);
                tagger.Tag(input, _classes);
                for (int i = 0; i < n; i++) _xpos[i] = tagger.XposOf(_classes[i]);
            }
        }
        if (_wordClasses is not null)
            for (int i = 0; i < n; i++)
            {
                _wordClass[i] = _wordClasses.ClassOf(Low(i));
                _wordClass2[i] = _wordClasses.ClassOf(Low(i), 1);
            }
        for (int i = 0; i < n; i++) Static(i);
    }

    // distributional class of word i (-1 unknown word, -2 before the sentence, -3 after it)
    private int WordClass(int i) => i < 0 ? -2 : i >= _n ? -3 : _wordClass[i];
    private int WordClass2(int i) => i < 0 ? -2 : i >= _n ? -3 : _wordClass2[i];

    private void Grow(int n)
    {
        int m = Math.Max(n, _words.Length * 2);
        Array.Resize(ref _words, m);
        Array.Resize(ref _lowOff, m); Array.Resize(ref _lowLen, m); Array.Resize(ref _shOff, m); Array.Resize(ref _shLen, m);
        Array.Resize(ref _actor, m); Array.Resize(ref _place, m); Array.Resize(ref _flags, m); Array.Resize(ref _run, m); Array.Resize(ref _doc, m);
        Array.Resize(ref _staticCount, m); Array.Resize(ref _baseCount, m);
        Array.Resize(ref _xpos, m); Array.Resize(ref _classes, m); Array.Resize(ref _wordClass, m); Array.Resize(ref _wordClass2, m);
        Array.Resize(ref _trans, 3 * m);
        _static = new ulong[m * MaxStatic];
    }

    private void EnsureChars(int more)
    {
        if (_charCount + more > _chars.Length) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + more));
    }

    // First word, or first after an opening quote, bracket, dash, colon or bullet.
    private bool IsInitial(int i)
    {
        for (int j = i - 1; j >= 0; j--)
        {
            var w = _words[j];
            if (w.Length == 0) continue;
            if (w is "\"" or "'" or "``" or "`" or "(" or "[" or "-" or "--" or "—" or "–" or "*" or "•" or "“" or "‘" or ":" or "." or "!" or "?" or "...") continue;
            return false;
        }
        return true;
    }

    private ReadOnlySpan<char> Low(int i) => i < 0 ? "<s>" : i >= _n ? "</s>" : _chars.AsSpan(_lowOff[i], _lowLen[i]);
    private ReadOnlySpan<char> Shape(int i) => i < 0 ? "<s>" : i >= _n ? "</s>" : _chars.AsSpan(_shOff[i], _shLen[i]);

    // Longest matches of actor names (case-sensitive) and gazetteer places (case-insensitive, first word capitalised).
    // _actor[i] = 1 + 4 * kind + BILOU position; _place[i] = 1 + 4 * feature + position.
    private (int Start, int End, NameKind Kind)[] _matches = new (int, int, NameKind)[16];
    private int _matchCount;

    /// <summary>The sentence's longest actor-lexicon name matches (case-sensitive), in order.</summary>
    public ReadOnlySpan<(int Start, int End, NameKind Kind)> ActorMatches => _matches.AsSpan(0, _matchCount);

    private void MatchLexicons()
    {
        _matchCount = 0;
        for (int i = 0; i < _n; i++)
        {
            if (_actor[i] == 0 && _lexicon is not null && _lexicon.CanStartName(_words[i]))
            {
                for (int j = Math.Min(_n, i + MaxNameWords); j > i; j--)
                {
                    int k = Key(i, j);
                    if (k > 0 && _lexicon.TryGetNames(_key.AsSpan(0, k), out var entries) && entries.Length > 0)
                    {
                        Mark(_actor, i, j, (int)entries[0].Kind);
                        if (_matchCount == _matches.Length) Array.Resize(ref _matches, _matches.Length * 2);
                        _matches[_matchCount++] = (i, j, entries[0].Kind);
                        break;
                    }
                }
            }
            if (_place[i] == 0 && _gazetteer is not null && _words[i].Length > 1 && char.IsLetter(_words[i][0])
                && GazetteerCanStart(i))
            {
                for (int j = Math.Min(_n, i + MaxNameWords); j > i; j--)
                {
                    int k = Key(i, j);
                    if (k <= 0) continue;
                    var found = _gazetteer.LookupNormalized(_key.AsSpan(0, k));
                    if (found.Length > 0)
                    {
                        int f = 0;
                        foreach (var name in Gazetteer.Features) { if (name == found[0].Feature) break; f++; }
                        // lower-case matches ("in malaysia") are a separate feature value: web text drops capitals
                        Mark(_place, i, j, char.IsUpper(_words[i][0]) ? f : f + 8);
                        break;
                    }
                }
            }
            if (i > 0 && _lexicon is not null)
            {
                var prev = _words[i - 1];
                if (_lexicon.TryGetRole(prev, out var role)) _flags[i] |= role.IsTitle ? (byte)(PrevRole | PrevTitle) : PrevRole;
                if (Honorifics.Contains(prev)) _flags[i] |= PrevHonorific;
            }
        }
    }

    // Whether a gazetteer key can begin with word i: most words begin none, and each would otherwise cost
    // MaxNameWords key builds and case-insensitive lookups. A word with a space in it is not filtered.
    private bool GazetteerCanStart(int i)
    {
        int k = Key(i, i + 1);
        if (k <= 0) return false; // too long alone, so every span from it is too long
        var word = _key.AsSpan(0, k);
        return word.Contains(' ') || _gazetteer!.CanStartKey(word);
    }

    private static void Mark(byte[] marks, int start, int end, int kind)
    {
        int baseValue = 1 + 4 * Math.Min(kind, 62);
        if (end - start == 1) { marks[start] = (byte)(baseValue + NameLabels.U); return; }
        marks[start] = (byte)(baseValue + NameLabels.B);
        for (int i = start + 1; i < end - 1; i++) marks[i] = (byte)(baseValue + NameLabels.I);
        marks[end - 1] = (byte)(baseValue + NameLabels.L);
    }

    // words[start..end) joined by single spaces into _key; 0 when too long.
    private int Key(int start, int end)
    {
        int k = 0;
        for (int i = start; i < end; i++)
        {
            var w = _words[i];
            if (k + w.Length + 1 > MaxKey) return 0;
            if (i > start) _key[k++] = ' ';
            foreach (var c in w) _key[k++] = c == '\u2019' ? '\'' : c;
        }
        return k;
    }

    private void Static(int i)
    {
        var f = _static.AsSpan(i * MaxStatic, MaxStatic);
        int c = 0;
        var w = _words[i].AsSpan(0, Math.Min(_words[i].Length, 40));
        var low = Low(i);
        var sh = Shape(i);
        int flags = _flags[i];
        bool initial = (flags & Initial) != 0;
        f[c++] = FeatureHash.Of(1, 0);
        f[c++] = FeatureHash.Of(2, w);
        f[c++] = FeatureHash.Of(3, low);
        f[c++] = FeatureHash.Of(4, sh);
        f[c++] = FeatureHash.Of(5, sh, Math.Min(w.Length, 12));
        for (int k = 1; k <= 3 && k < low.Length; k++) f[c++] = FeatureHash.Of(6, low[..k]);
        for (int k = 1; k <= 4 && k < low.Length; k++) f[c++] = FeatureHash.Of(7, low[^k..]);
        f[c++] = FeatureHash.Of(8, sh, initial ? 1 : 0);
        f[c++] = FeatureHash.Of(9, Low(i - 1));
        f[c++] = FeatureHash.Of(10, Low(i + 1));
        f[c++] = FeatureHash.Of(11, Low(i - 2));
        f[c++] = FeatureHash.Of(12, Low(i + 2));
        f[c++] = FeatureHash.Of(13, Low(i - 1), low);
        f[c++] = FeatureHash.Of(14, low, Low(i + 1));
        f[c++] = FeatureHash.Of(15, Shape(i - 1), sh);
        f[c++] = FeatureHash.Of(16, sh, Shape(i + 1));
        f[c++] = FeatureHash.Of(17, Shape(i - 1), sh, Shape(i + 1));
        f[c++] = FeatureHash.Of(18, _actor[i], initial ? 1 : 0);
        f[c++] = FeatureHash.Of(19, i > 0 ? _actor[i - 1] : 255, i + 1 < _n ? _actor[i + 1] : 255);
        f[c++] = FeatureHash.Of(20, _place[i], initial ? 1 : 0);
        f[c++] = FeatureHash.Of(21, i > 0 ? _place[i - 1] : 255, i + 1 < _n ? _place[i + 1] : 255);
        f[c++] = FeatureHash.Of(22, sh, flags & ~Initial);
        f[c++] = FeatureHash.Of(23, sh, _caseMode);
        f[c++] = FeatureHash.Mix(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(24), sh), _caseMode), initial ? 1 : 0));
        f[c++] = FeatureHash.Mix(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(25), Shape(i + 1)), Math.Min((int)_actor[i], 1) + 2 * Math.Min((int)_place[i], 1)));
        if (initial) f[c++] = FeatureHash.Of(26, low, Low(i + 1));
        // a listed English word ("The", "Nope", "Bare") capitalised at the start is rarely a name
        int known = EnglishLexicon.TryGet(low, out var entry) ? (int)entry.Default : -1;
        f[c++] = FeatureHash.Mix(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(27), sh), known), initial ? 1 : 0));
        f[c++] = FeatureHash.Of(28, Low(i - 1), Low(i + 1));
        f[c++] = FeatureHash.Of(36, _run[i], initial ? 1 : 0);
        f[c++] = FeatureHash.Of(37, i > 0 ? _run[i - 1] : 255, i + 1 < _n ? _run[i + 1] : 255);
        f[c++] = FeatureHash.Of(29, i > 0 ? _words[i - 1] : "<s>");
        f[c++] = FeatureHash.Of(35, i + 1 < _n ? _words[i + 1] : "</s>");
        if (_usePos)
        {
            string p0 = _xpos[i], pm = i > 0 ? _xpos[i - 1] : "<s>", pp = i + 1 < _n ? _xpos[i + 1] : "</s>";
            string pm2 = i > 1 ? _xpos[i - 2] : "<s>", pp2 = i + 2 < _n ? _xpos[i + 2] : "</s>";
            f[c++] = FeatureHash.Of(30, p0);
            f[c++] = FeatureHash.Of(31, pm, p0);
            f[c++] = FeatureHash.Of(32, p0, pp);
            f[c++] = FeatureHash.Of(33, pm, p0, pp);
            f[c++] = FeatureHash.Of(34, low, p0);
            f[c++] = FeatureHash.Of(45, pm2, pm, p0);
            f[c++] = FeatureHash.Of(46, p0, pp, pp2);
            f[c++] = FeatureHash.Of(47, sh, p0, initial ? "1" : "0");
        }
        if (_wordClasses is not null)
        {
            // distributional classes from unlabeled text: what the few labeled sentences never show about a word
            int k0 = WordClass(i), km = WordClass(i - 1), kp = WordClass(i + 1);
            f[c++] = FeatureHash.Of(50, k0);
            f[c++] = FeatureHash.Of(51, km);
            f[c++] = FeatureHash.Of(52, kp);
            f[c++] = FeatureHash.Of(53, sh, k0);
            f[c++] = FeatureHash.Of(54, km, k0);
            f[c++] = FeatureHash.Of(55, k0, kp);
            if (_wordClasses.Clusterings > 1)
            {
                // a coarser clustering: shared by more words, so learned from more examples
                int j0 = WordClass2(i), jm = WordClass2(i - 1), jp = WordClass2(i + 1);
                f[c++] = FeatureHash.Of(56, j0);
                f[c++] = FeatureHash.Of(57, jm, j0);
                f[c++] = FeatureHash.Of(58, j0, jp);
                f[c++] = FeatureHash.Of(59, jm, j0, jp);
            }
        }
        _baseCount[i] = c;
        if (_useDocument) c = DocumentFeatures(i, f, c, sh, initial);
        _staticCount[i] = c;
        _trans[3 * i] = FeatureHash.Add(FeatureHash.Start(42), low);
        _trans[3 * i + 1] = FeatureHash.Add(FeatureHash.Start(43), sh);
        _trans[3 * i + 2] = FeatureHash.Add(FeatureHash.Start(44), Low(i - 1));
    }

    /// <summary>
    /// Gives the loaded sentence document context codes (a second-stage model, <see cref="NameDocument"/>) and
    /// recomputes only the features that read them: the same features as <see cref="Load(IReadOnlyList{string},
    /// string[], ReadOnlySpan{int})"/> with that context, without matching the lexicons and hashing the words again.
    /// </summary>
    public void SetDocument(ReadOnlySpan<int> document)
    {
        _useDocument = document.Length == _n && _n > 0;
        for (int i = 0; i < _n; i++) _doc[i] = _useDocument ? document[i] : 0;
        for (int i = 0; i < _n; i++)
        {
            var f = _static.AsSpan(i * MaxStatic, MaxStatic);
            int c = _baseCount[i];
            if (_useDocument) c = DocumentFeatures(i, f, c, Shape(i), (_flags[i] & Initial) != 0);
            _staticCount[i] = c;
        }
    }

    // Second stage (NameDocument): how the first stage labelled word i's other occurrences in the document, and the
    // first-stage name elsewhere in the document that word i is part of here.
    private int DocumentFeatures(int i, Span<ulong> f, int c, ReadOnlySpan<char> sh, bool initial)
    {
        int code = _doc[i];
        var w = _words[i];
        // 0 no letter first, 1 lower case, 2 capitalised where a sentence starts, 3 capitalised inside, 4 all capitals
        int cap = w.Length == 0 || !char.IsLetter(w[0]) ? 0 : char.IsLower(w[0]) ? 1
                : w.Length > 1 && !w.AsSpan(1).ContainsAnyInRange('a', 'z') ? 4 : initial ? 2 : 3;
        int hist = NameDocument.History(code), seen = NameDocument.Seen(code);
        if (hist != 0)
        {
            f[c++] = FeatureHash.Of(62, hist, seen);
            f[c++] = FeatureHash.Of(63, hist, cap);
            f[c++] = FeatureHash.Of(64, sh, hist);
        }
        int hm = i > 0 ? NameDocument.History(_doc[i - 1]) : 7, hp = i + 1 < _n ? NameDocument.History(_doc[i + 1]) : 7;
        if (hist != 0 || (hm is not 0 and not 7) || (hp is not 0 and not 7)) f[c++] = FeatureHash.Of(65, hm, hist, hp);
        int st = NameDocument.SpanType(code), sp = NameDocument.SpanPosition(code);
        if (st != 0)
        {
            f[c++] = FeatureHash.Of(72, st, sp);
            f[c++] = FeatureHash.Of(73, st, sp, cap);
        }
        int sm = i > 0 ? NameDocument.SpanType(_doc[i - 1]) : 7, sn = i + 1 < _n ? NameDocument.SpanType(_doc[i + 1]) : 7;
        if (st != 0 || sm is not 0 and not 7 || sn is not 0 and not 7) f[c++] = FeatureHash.Of(74, sm, st, sn);
        return c;
    }

    /// <summary>Writes token <paramref name="i"/>'s features given the two previous labels into <paramref name="dest"/>; returns the count.</summary>
    public int Features(int i, int prev, int prev2, Span<ulong> dest)
    {
        int c = _staticCount[i];
        _static.AsSpan(i * MaxStatic, c).CopyTo(dest);
        var low = Low(i);
        var sh = Shape(i);
        dest[c++] = FeatureHash.Of(40, prev);
        dest[c++] = FeatureHash.Of(41, prev2, prev);
        dest[c++] = FeatureHash.Of(42, low, prev);
        dest[c++] = FeatureHash.Of(43, sh, prev);
        dest[c++] = FeatureHash.Of(44, Low(i - 1), prev);
        return c;
    }

    public const int MaxFeatures = MaxStatic + 8;
    public const int MaxTransitionFeatures = 4;

    /// <summary>The current sentence's predicted Penn tags (when the model uses tags), to pass back to <see cref="Load"/>.</summary>
    public string[] Xpos() => _usePos ? _xpos[.._n] : [];

    /// <summary>Token <paramref name="i"/>'s label-independent features (valid until the next <see cref="Load"/>).</summary>
    public ReadOnlySpan<ulong> StaticFeatures(int i) => _static.AsSpan(i * MaxStatic, _staticCount[i]);

    /// <summary>Token <paramref name="i"/>'s features that pair with the previous label (first-order, for Viterbi decoding).</summary>
    public int TransitionFeatures(int i, int prev, Span<ulong> dest)
    {
        // The same keys as FeatureHash.Of(t, span, prev), from the span parts hashed once per word in Static.
        dest[0] = FeatureHash.Mix(FeatureHash.Add(s_start40, prev));
        dest[1] = FeatureHash.Mix(FeatureHash.Add(_trans[3 * i], prev));
        dest[2] = FeatureHash.Mix(FeatureHash.Add(_trans[3 * i + 1], prev));
        dest[3] = FeatureHash.Mix(FeatureHash.Add(_trans[3 * i + 2], prev));
        return 4;
    }

    /// <summary>The label-bigram feature alone (the first of <see cref="TransitionFeatures"/>), the same at every word.</summary>
    public static ulong BigramFeature(int prev) => FeatureHash.Mix(FeatureHash.Add(s_start40, prev));

    /// <summary>The word-dependent transition features (the rest of <see cref="TransitionFeatures"/>).</summary>
    public int WordTransitionFeatures(int i, int prev, Span<ulong> dest)
    {
        dest[0] = FeatureHash.Mix(FeatureHash.Add(_trans[3 * i], prev));
        dest[1] = FeatureHash.Mix(FeatureHash.Add(_trans[3 * i + 1], prev));
        dest[2] = FeatureHash.Mix(FeatureHash.Add(_trans[3 * i + 2], prev));
        return 3;
    }

    private static readonly ulong s_start40 = FeatureHash.Start(40);
    private ulong[] _trans = new ulong[3 * 64];
}
