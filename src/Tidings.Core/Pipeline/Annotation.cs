namespace Tidings.Pipeline;

/// <summary>What a pipeline stage requires from earlier stages or assigns to a document.</summary>
[Flags]
public enum Annotation
{
    None = 0,
    Tokens = 1 << 0,
    Sentences = 1 << 1,
    PartOfSpeech = 1 << 2,
    Lemmas = 1 << 3,
    Dependencies = 1 << 4,
    Actors = 1 << 5,
    TimeExpressions = 1 << 6,
    Places = 1 << 7,
    EventMentions = 1 << 8,
}
