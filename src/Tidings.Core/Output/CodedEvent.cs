namespace Tidings.Output;

/// <summary>An actor as it appears in output: CAMEO code, canonical name, the text it was read from.</summary>
public sealed record ActorRef(string? Code, string? Name, string Text, string? Country);

public sealed record PloverRef(string Type, string? Mode, string? Context);

public sealed record PlaceRef(string? Name, string? Country, double? Lat, double? Lon);

public sealed record Evidence(string Trigger, string Rule, string SentenceText, int TriggerStart, int TriggerEnd, string Section);

/// <summary>
/// One coded event as the output contract (DESIGN.md) defines it; every writer and store speaks this type.
/// </summary>
public sealed record CodedEvent
{
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
}
