using Tidings.Output;

namespace Tidings.Coding;

/// <summary>
/// Merges the mention-level events of an article (one per sentence that reports an event, as
/// <see cref="EventAssembler"/> builds them) into one event per (source, target, CAMEO code, date): a wire
/// story tells its main event in the headline, the deck and the lead, and that is one meeting, not three.
/// Every mention is kept in <see cref="CodedEvent.Mentions"/>. Pure function of its input.
/// </summary>
/// <remarks>
/// Two mentions merge when they are of the same article and agree on the source code, the target code (or
/// both have no target), the CAMEO code, and the negated, background and modality flags; an actor without a
/// code is compared by its text instead, since two uncoded actors need not be the same one. Dates: mentions
/// dated by the text merge only when their dates are equal; a mention dated only by the publication-date
/// fallback (or not at all) says nothing about which day it means, so it joins the text-dated group of its
/// key (the one mentioned first, if several), else the other mentions without a text date.
/// <para>The merged event's own fields come from its primary mention: the first body mention (a body
/// sentence carries the date and place; the headline rarely does), else the first mention. Two fields are
/// filled from the other mentions when the primary lacks them: the date, when the primary has no text date
/// and the group has one, and the place.</para>
/// </remarks>
public static class EventMerger
{
    private readonly record struct Key(string Article, string Source, string? Target, string Cameo, bool Negated, bool Background, string Modality);

    /// <summary>Merged events, ordered by their primary mention's position in the text (stable).</summary>
    public static IReadOnlyList<CodedEvent> Merge(IReadOnlyList<CodedEvent> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        if (mentions.Count < 2) return mentions;

        // Per key: one group per text date, and one group of the mentions without a text date when the key
        // has no text-dated group for them to join.
        var groups = new List<List<CodedEvent>>();
        var dated = new Dictionary<(Key, string), List<CodedEvent>>();
        var earliest = new Dictionary<Key, (List<CodedEvent> Group, int Sentence)>();
        var pending = new List<CodedEvent>(); // mentions without a text date, placed once all text dates are known
        foreach (var e in mentions)
        {
            ArgumentNullException.ThrowIfNull(e);
            if (!TextDated(e)) { pending.Add(e); continue; }
            var key = KeyOf(e);
            if (!dated.TryGetValue((key, e.Date!), out var g))
            {
                g = [];
                dated[(key, e.Date!)] = g;
                groups.Add(g);
            }
            g.Add(e);
            if (!earliest.TryGetValue(key, out var first) || e.Sentence < first.Sentence) earliest[key] = (g, e.Sentence);
        }
        var undated = new Dictionary<Key, List<CodedEvent>>();
        foreach (var e in pending)
        {
            var key = KeyOf(e);
            if (earliest.TryGetValue(key, out var first)) { first.Group.Add(e); continue; }
            if (!undated.TryGetValue(key, out var g))
            {
                g = [];
                undated[key] = g;
                groups.Add(g);
            }
            g.Add(e);
        }

        var merged = new List<CodedEvent>(groups.Count);
        foreach (var g in groups) merged.Add(MergeGroup(g));
        // Text order of the primary mention; OrderBy is stable, so ties keep the coder's order.
        return merged.Select((e, i) => (e, i))
            .OrderBy(x => x.e.Sentence).ThenBy(x => x.e.Evidence.TriggerStart).ThenBy(x => x.i)
            .Select(x => x.e).ToList();
    }

    private static bool TextDated(CodedEvent e) => e.DateSource == "text" && e.Date is not null;

    private static Key KeyOf(CodedEvent e) => new(
        e.Article, ActorKey(e.Source)!, ActorKey(e.Target), e.Cameo, e.Negated, e.Background, e.Modality);

    // "\u0001" marks an uncoded actor compared by its text, so it can never equal a code.
    private static string? ActorKey(ActorRef? a) =>
        a is null ? null : a.Code ?? "\u0001" + a.Text.Trim().ToLowerInvariant();

    private static CodedEvent MergeGroup(List<CodedEvent> g)
    {
        // Mentions in text order (the input is in coder order, which is sentence order, but a fallback-dated
        // mention may have been appended after later text-dated ones).
        var ordered = g.Select((e, i) => (e, i)).OrderBy(x => x.e.Sentence).ThenBy(x => x.e.Evidence.TriggerStart)
            .ThenBy(x => x.i).Select(x => x.e).ToList();
        if (ordered.Count == 1) return ordered[0];
        var primary = ordered.FirstOrDefault(e => e.Evidence.Section == "body") ?? ordered[0];

        var list = new List<MentionRef>(ordered.Count) { new(primary.Sentence, primary.Evidence) };
        // An input event that is itself merged brings all its mentions.
        foreach (var e in ordered)
            list.AddRange(ReferenceEquals(e, primary) ? e.Mentions.Skip(1) : e.Mentions);

        var result = primary with { Mentions = list };
        if (!TextDated(primary) && ordered.FirstOrDefault(TextDated) is { } withDate)
            result = result with { Date = withDate.Date, DatePrecision = withDate.DatePrecision, DateSource = withDate.DateSource };
        if (primary.Place is null && ordered.FirstOrDefault(e => e.Place is not null) is { } placed)
            result = result with { Place = placed.Place };
        return result;
    }
}
