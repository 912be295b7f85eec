using System.Collections.Immutable;

namespace Tidings.Coding;

/// <summary>How a trigger names its event; see the header of <c>data/coding/verbs.tsv</c>.</summary>
public enum TriggerKind : byte { Verb, Noun, Phrase, Light }

/// <summary>Per-entry behaviour flags from the <c>flags</c> column of <c>verbs.tsv</c>.</summary>
[Flags]
public enum TriggerFlags : ushort
{
    None = 0,
    /// <summary>The event may be coded without a target (statements, protest, fighting).</summary>
    NoTarget = 1,
    /// <summary>Symmetric relation (meet, negotiate, sign an agreement with): both directions when both actors are explicit.</summary>
    Symmetric = 2,
    /// <summary>The target must follow one of the entry's prepositions; a bare following actor is not the target.</summary>
    PrepOnly = 4,
    /// <summary>Reporting verb (say, report, tell): frames other events as their attribution.</summary>
    Report = 8,
    /// <summary>Matches only when the text is written in lower case ("march", not the month "March").</summary>
    LowerCaseOnly = 16,
    /// <summary>The target must be people or a force (an actor with a role, or a person), never a bare country or an
    /// organisation: "police beat protesters" is an assault, "Brazil beat Argentina" a match.</summary>
    PeopleTarget = 32,
    /// <summary>A threat told in the words of its speaker about its target: "Israel will pay a heavy price", Iran said. The
    /// speaker (the sentence's reporter) is the source, the phrase's subject the target; only with a future modal.</summary>
    SpeakerThreat = 64,
    /// <summary>A framing verb that is no event by itself: it is coded only through the event it frames ("declined to lift
    /// the curfew" is a refusal, 1241; "exports declined" is a fall, no event).</summary>
    FrameOnly = 128,
    /// <summary>An event told of whom it befalls: the doer follows "from" and the phrase's subject is the target, as a
    /// passive's by-agent and subject are ("Ukrainian positions came under fire from Russian artillery").</summary>
    AgentFrom = 256,
    /// <summary>An act that is a protest only when protesters do it: the source must be a crowd named as protesters
    /// ("protesters gathered outside parliament" is a demonstration, "leaders gathered in Rome" is not).</summary>
    ProtesterSource = 512,
    /// <summary>A state of readiness that is a show of force only when a force is in it: the source must be an armed or
    /// police force ("troops are on high alert" is one, "residents are on high alert" is not).</summary>
    ForceSource = 1024,
    /// <summary>An act a legislature does to the phrase's subject, told of the subject: the doer is the legislature named
    /// after "in" and the subject is the target ("the government lost a confidence vote in parliament"); with no
    /// legislature named nothing is coded.</summary>
    AgentIn = 2048,
    /// <summary>An act others do to the phrase's subject, told of the subject: the doer follows "by" and the subject is the
    /// target ("the prime minister survived a no-confidence motion tabled by the opposition"); with none named nothing is
    /// coded.</summary>
    AgentBy = 4096,
    /// <summary>The target must be an international organisation or a non-governmental one (IGO*, NGO*), never a state or
    /// a person: "would allow the UN rights office to reopen its mission" lets international bodies in (086, intended
    /// 0355), "allowed the opposition to campaign" is no such act. With no such target nothing is coded.</summary>
    InternationalTarget = 8192,
}

/// <summary>The modality a framing verb lends to the event it introduces ("threatened to strike", "urged Y to hold talks").</summary>
public enum FrameKind : byte { None, Threat, Demand, Appeal, Intend, Deny, Reject, Find }

/// <summary>One row of the trigger lexicon.</summary>
public sealed record TriggerEntry
{
    /// <summary>The lemma or multiword lemma phrase as written in the lexicon, e.g. "carry out strike".</summary>
    public required string Trigger { get; init; }
    public required TriggerKind Kind { get; init; }
    /// <summary>CAMEO code (3–4 digits); empty for light verbs.</summary>
    public required string Cameo { get; init; }
    /// <summary>Prepositions that introduce the target when it is not the direct object, lower case.</summary>
    public ImmutableArray<string> Preps { get; init; } = [];
    public TriggerFlags Flags { get; init; }
    public FrameKind Frame { get; init; }
    /// <summary>Extra whole surface spellings from the <c>forms=</c> flag.</summary>
    public ImmutableArray<string> ExtraForms { get; init; } = [];
    /// <summary>From the <c>only=</c> flag: match just <see cref="ExtraForms"/>, not the forms generated from the lemma.</summary>
    public bool OnlyExtraForms { get; init; }
    /// <summary>1-based line in the lexicon file, for error messages and evidence.</summary>
    public int Line { get; init; }

    public bool Has(TriggerFlags f) => (Flags & f) == f;
    /// <summary>The CAMEO root (first two digits).</summary>
    public string Root => Cameo.Length >= 2 ? Cameo[..2] : Cameo;

    public bool IsTargetPrep(ReadOnlySpan<char> word)
    {
        foreach (var p in Preps)
            if (word.Equals(p, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}

/// <summary>One surface spelling of an entry: its words in order, and whether its first (verb) word is a past participle.</summary>
public sealed class TriggerVariant
{
    public TriggerVariant(string[] words, TriggerEntry entry, bool headIsParticiple)
    {
        Words = words; Entry = entry; HeadIsParticiple = headIsParticiple;
    }
    public string[] Words { get; }
    public TriggerEntry Entry { get; }
    /// <summary>True when the verb word can be a past participle ("attacked", "struck"), so "was attacked by" is passive.</summary>
    public bool HeadIsParticiple { get; }
    /// <summary>Per word, the object class a <c>@name</c> word stands for (null for a literal word); null when the
    /// variant has no class word, as most have.</summary>
    public ObjectClass?[]? Classes { get; internal set; }

    /// <summary>
    /// The <see cref="CodingLexicon.RestWordId"/> of each literal word after the first (class words excepted). Invariant:
    /// <see cref="CodingLexicon.MatchAt"/> matches these words only against tokens whose text or lemma equals them, so a
    /// sentence lacking any of them cannot match the variant, and the coder skips it without trying.
    /// </summary>
    public int[] RestWordIds { get; internal set; } = [];

    /// <summary>True when word <paramref name="k"/> of the variant is the token's text or lemma, or, for a class
    /// word, when the token is a member of the class.</summary>
    public bool WordIs(int k, ReadOnlySpan<char> text, string? lemma)
    {
        if (Classes?[k] is { } cls) return cls.Contains(text, lemma);
        return text.Equals(Words[k], StringComparison.OrdinalIgnoreCase) || string.Equals(lemma, Words[k], StringComparison.OrdinalIgnoreCase);
    }
}
