using Tidings.Documents;

namespace Tidings.Coding;

/// <summary>How the sentence presents the event (PLOVER-style modality; the first coder sets only some).</summary>
public enum Modality : byte { Asserted, Intended, Threatened, Demanded, Possible, Denied, Conditional }

/// <summary>
/// One event found in one sentence: a trigger and the actors the coder assigned to it. Actor fields are
/// indexes into <see cref="Document.Actors"/>, -1 when absent.
/// </summary>
public sealed record EventMention
{
    public required int Sentence { get; init; }
    public required TokenRange Trigger { get; init; }
    /// <summary>CAMEO code, 2–4 digits ("04", "042", "1831").</summary>
    public required string Cameo { get; init; }
    public required int Source { get; init; }
    public required int Target { get; init; }
    /// <summary>
    /// When <see cref="Source"/> is -1: the words that stand for a doer the text does not name ("a roadside bomb"), output
    /// as a source with no code (gold/README.md: an agentless bombing keeps its event with a null source); else null.
    /// </summary>
    public TokenRange? UnnamedSource { get; init; }
    /// <summary>
    /// When <see cref="Target"/> is -1: index into <see cref="Document.Places"/> of the place that stands for the
    /// target, the host of a visit ("visited Mexico City" → Mexico), else -1. Capitals after a place word are places
    /// for the actor stage; only the coder knows that a visit makes the host's country its target.
    /// </summary>
    public int TargetPlace { get; init; } = -1;
    /// <summary>
    /// When <see cref="Target"/> and <see cref="TargetPlace"/> are -1: ISO 3166 alpha-3 of a country that is the
    /// target as a whole, named by no actor mention ("declared a state of emergency": the source's own country;
    /// "called for a ceasefire in Darfur": Sudan), else null.
    /// </summary>
    public string? TargetCountry { get; init; }
    /// <summary>With <see cref="TargetCountry"/>: the CAMEO role of the target within that country ("GOV" for the
    /// government protesters address), null for the country as a whole.</summary>
    public string? TargetRole { get; init; }
    /// <summary>A CAMEO role the event gives a source coded by its country alone, else null: a people named by a plural
    /// demonym who demonstrate are civilians ("Israelis rallied in Tel Aviv" → ISRCVL), as the gold codes protesters.</summary>
    public string? SourceRole { get; init; }
    /// <summary>ISO 3166 alpha-3 of the country the event gives a source whose mention has none, else null: unnamed
    /// attackers are armed men of the country where they struck ("Gunmen kidnapped pupils in Kaduna state" → NGAREB).</summary>
    public string? SourceCountry { get; init; }
    /// <summary>ISO 3166 alpha-3 of the country an earlier event gave <see cref="Target"/>, a mention with none, as its
    /// <see cref="SourceCountry"/>: "Gunmen kidnapped a mayor in Guerrero … The governor condemned the kidnapping" → MEXREB.</summary>
    public string? TargetCountryOfRole { get; init; }
    /// <summary>The lexicon entry or rule that fired, e.g. "verb:meet→042", shown as evidence.</summary>
    public required string Rule { get; init; }
    public bool Negated { get; init; }
    /// <summary>True for history told as context (pluperfect, "during the war"), not news of the day.</summary>
    public bool Background { get; init; }
    public Modality Modality { get; init; }
    /// <summary>Index into <see cref="Document.Actors"/> of the reporting source ("SANA reported"), -1 if none.</summary>
    public int Attribution { get; init; } = -1;
    /// <summary>Index into <see cref="Document.Times"/> of the time expression attached to the trigger, -1 if none.</summary>
    public int Time { get; init; } = -1;
    /// <summary>Index into <see cref="Document.Places"/> of the location attached to the trigger, -1 if none.</summary>
    public int Place { get; init; } = -1;

    /// <summary>
    /// "Nigeria's army, which has battled insurgents for a decade, said its troops had killed 30 fighters": when one sentence
    /// tells the same event (same actors and code) twice, first as history and then as the news, the news copy replaces the
    /// background one. True when the copy kept so far is an asserted background event and the new one asserted news; in
    /// every other case the first copy stays. The coder (per sentence, by actor mention) and the assembler (by final
    /// actor code) apply the same rule.
    /// </summary>
    public static bool NewsReplacesBackground(bool keptBackground, bool keptNegated, bool newBackground, bool newNegated) =>
        keptBackground && !keptNegated && !newBackground && !newNegated;
}
