namespace Tidings.Output;

/// <summary>An actor as it appears in output: CAMEO code, canonical name, the text it was read from.</summary>
public sealed record ActorRef(string? Code, string? Name, string Text, string? Country);

public sealed record PloverRef(string Type, string? Mode, string? Context);

public sealed record PlaceRef(string? Name, string? Country, double? Lat, double? Lon);

public sealed record Evidence(string Trigger, string Rule, string SentenceText, int TriggerStart, int TriggerEnd, string Section);

/// <summary>One place in the article where an event is reported: the sentence (0-based) and its evidence.</summary>
public sealed record MentionRef(int Sentence, Evidence Evidence);

/// <summary>
/// One coded event as the output contract (DESIGN.md) defines it; every writer and store speaks this type.
/// After <see cref="Coding.EventMerger"/>, one event of an article stands for all its mentions (headline,
/// deck, body): <see cref="Sentence"/> and <see cref="Evidence"/> are those of the primary mention and
/// <see cref="Mentions"/> lists them all.
/// </summary>
public sealed record CodedEvent
{
    private readonly IReadOnlyList<MentionRef>? _mentions;

    public required string Article { get; init; }
    /// <summary>0-based sentence index in the article.</summary>
    public required int Sentence { get; init; }
    public required ActorRef Source { get; init; }
    public ActorRef? Target { get; init; }
    /// <summary>CAMEO code, e.g. "042".</summary>
    public required string Cameo { get; init; }
    public required string CameoName { get; init; }
    public required int QuadClass { get; init; }
    public required double Goldstein { get; init; }
    public required PloverRef Plover { get; init; }
    /// <summary>ISO 8601 at <see cref="DatePrecision"/>, or null.</summary>
    public string? Date { get; init; }
    public required string DatePrecision { get; init; }
    /// <summary>Where the date came from: "text" (a time expression), "published" (the article's date, for news of the day), or null.</summary>
    public string? DateSource { get; init; }
    public PlaceRef? Place { get; init; }
    public ActorRef? Attribution { get; init; }
    public bool Negated { get; init; }
    public bool Background { get; init; }
    public string Modality { get; init; } = "asserted";
    public required Evidence Evidence { get; init; }
    /// <summary>Publication date of the article (ISO day), when known.</summary>
    public string? Published { get; init; }
    public string? Url { get; init; }

    /// <summary>
    /// Every sentence of the article that reports this event, the primary mention (<see cref="Sentence"/>,
    /// <see cref="Evidence"/>) first, then the others in text order. An event built without mentions has
    /// one: its own sentence and evidence; so an unset list and that one-element list are equal.
    /// </summary>
    public IReadOnlyList<MentionRef> Mentions
    {
        get => _mentions is { Count: > 0 } m ? m : [new MentionRef(Sentence, Evidence)];
        init => _mentions = value;
    }

    /// <summary>Value equality over every field, <see cref="Mentions"/> compared element by element (a list
    /// has reference equality, and an unset list equals the one-mention list it stands for).</summary>
    public bool Equals(CodedEvent? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Article == other.Article && Sentence == other.Sentence && Source == other.Source && Target == other.Target
                && Cameo == other.Cameo && CameoName == other.CameoName && QuadClass == other.QuadClass
                && Goldstein.Equals(other.Goldstein) && Plover == other.Plover && Date == other.Date
                && DatePrecision == other.DatePrecision && DateSource == other.DateSource && Place == other.Place
                && Attribution == other.Attribution && Negated == other.Negated && Background == other.Background
                && Modality == other.Modality && Evidence == other.Evidence && Published == other.Published
                && Url == other.Url && Mentions.SequenceEqual(other.Mentions)));

    public override int GetHashCode()
    {
        var h = new HashCode();
        h.Add(Article); h.Add(Sentence); h.Add(Source); h.Add(Target); h.Add(Cameo); h.Add(CameoName);
        h.Add(QuadClass); h.Add(Goldstein); h.Add(Plover); h.Add(Date); h.Add(DatePrecision); h.Add(DateSource);
        h.Add(Place); h.Add(Attribution); h.Add(Negated); h.Add(Background); h.Add(Modality); h.Add(Evidence);
        h.Add(Published); h.Add(Url);
        foreach (var m in Mentions) h.Add(m);
        return h.ToHashCode();
    }
}
