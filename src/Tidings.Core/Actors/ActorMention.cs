using Tidings.Documents;

namespace Tidings.Actors;

/// <summary>
/// A span of text that names an actor, with its CAMEO code (country + roles, e.g. "SYRGOV", "RUSMIL",
/// "IGOUNO"). <see cref="Code"/> is null when the span is recognised as an actor but cannot be coded;
/// <see cref="Reason"/> then says why. <see cref="Rule"/> says which rule or lexicon entry produced it.
/// </summary>
public sealed record ActorMention
{
    public required TokenRange Tokens { get; init; }
    public required string? Code { get; init; }
    /// <summary>Canonical name, e.g. "Vladimir Putin", "Syria", "Syrian Arab News Agency".</summary>
    public string? Name { get; init; }
    /// <summary>ISO 3166-1 alpha-3 of the actor's country, or null for international/unknown actors.</summary>
    public string? Country { get; init; }
    public required string Rule { get; init; }
    public string? Reason { get; init; }
    /// <summary>True when the span is a possessive or adjective modifier ("Syria's", "Israeli") rather than a head noun.</summary>
    public bool IsModifier { get; init; }
    /// <summary>
    /// For a person coded out of office on the article's date (a former leader, code ...ELI): the code of the
    /// office they last held before it. History told as context ("Russia had backed Assad during the war")
    /// is about that time, so the event assembler codes background events with this code.
    /// </summary>
    public string? FormerCode { get; init; }

    /// <summary>
    /// For a role that took its country from the one state its sentence names ("The minister criticized Iran"): the
    /// country it would have had without that state (the article's main country, its dateline's), or null for none. That
    /// state may be the event's other side, and a state's organ does not act on that state as a whole, so the event
    /// assembler then codes the role with this country instead, or bare.
    /// </summary>
    public string? CountryBesidesSentence { get; init; }

    /// <summary>
    /// True for a role noun whose country the text does not give but the recognizer took from the sentence, the article
    /// or its dateline ("diplomats said", "police arrested …" in a story about Kenya): the country is a reading of the
    /// context, not a name in the span.
    /// </summary>
    public bool CountryFromContext => Rule.StartsWith("role:", StringComparison.Ordinal) && Rule.Contains("; country = ", StringComparison.Ordinal);
}
