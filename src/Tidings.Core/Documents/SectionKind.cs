namespace Tidings.Documents;

/// <summary>The part of an article a sentence comes from; events keep it so headline mentions can be told apart.</summary>
public enum SectionKind : byte { Headline, Deck, Body }

/// <summary>A section of <see cref="Document.Text"/>: half-open character range [Start, End).</summary>
public readonly record struct Section(SectionKind Kind, int Start, int End);
