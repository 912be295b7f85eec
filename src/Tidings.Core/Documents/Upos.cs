namespace Tidings.Documents;

/// <summary>Universal part-of-speech tags (UD v2). <see cref="X"/> is also the value before tagging.</summary>
public enum Upos : byte
{
    X = 0, ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB,
}
