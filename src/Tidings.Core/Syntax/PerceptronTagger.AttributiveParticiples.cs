using Tidings.Documents;

namespace Tidings.Syntax;

public sealed partial class PerceptronTagger
{
    /// <summary>
    /// Participles of going on strike, protesting, warring, fleeing or advancing that, right before a plural noun of
    /// people, say what those people are doing ("striking teachers", "protesting students", "warring parties", "fleeing
    /// families", "invading troops"). None of them takes such a noun as its object in news prose: one does not strike,
    /// protest or flee teachers (an attack on people is "struck", "hit" or "targeted"; "fighting rebels" is left out, as
    /// armies do fight rebels).
    /// </summary>
    private static readonly HashSet<string> AttributiveParticiples = new(StringComparer.OrdinalIgnoreCase)
    {
        "striking", "protesting", "warring", "fleeing", "rioting", "demonstrating", "mutinying", "retreating", "advancing",
        "invading", "occupying", "rebelling", "picketing", "rampaging", "feuding",
    };

    /// <summary>Plural nouns of people (workers, trades, students, parties to a war, civilians) that such a participle
    /// describes.</summary>
    private static readonly HashSet<string> PeopleNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "teachers", "workers", "miners", "students", "nurses", "lecturers", "doctors", "physicians", "medics", "drivers",
        "pilots", "dockworkers", "truckers", "lawyers", "judges", "professors", "employees", "farmers", "unions", "staffers",
        "parties", "sides", "generals", "factions", "groups", "forces", "troops", "soldiers", "fighters", "militias",
        "rebels", "mutineers", "armies", "residents", "civilians", "villagers", "families", "refugees", "migrants", "people",
        "crowds", "protesters", "demonstrators", "youths", "mobs", "lawmakers", "legislators", "opponents", "supporters",
        "clans", "communities", "tribes", "herders", "gangs", "officers", "policemen", "police", "guards",
    };

    /// <summary>
    /// "Panama's president demanded that striking teachers return", "appealed to protesting students to end their
    /// blockade", "Striking nurses in New Zealand agreed to talks": the tagger reads an attributive participle
    /// (<see cref="AttributiveParticiples"/>) as a verb, and the parser then makes the people its object and the participle
    /// a clause of its own (or the sentence's root), so the demand, appeal or agreement loses the people as its target or
    /// source. Such a participle right before a plural noun of people (<see cref="PeopleNouns"/>) is the noun's modifier
    /// (JJ, as UD English tags "warring" in "warring parties"), and a verb tag on the noun becomes NNS. Not after a noun or
    /// pronoun ("students protesting lawmakers' perks" is a reduced relative clause with its own object, "they are
    /// striking"), nor before a possessive ("protesting teachers' pay"). Invariant: only these two words' tags change.
    /// </summary>
    private void RepairAttributiveParticiple(IReadOnlyList<string> words, Span<int> classes)
    {
        if (_jjClass < 0 || _nnsClass < 0) return;
        for (int i = 0; i + 1 < words.Count; i++)
        {
            if (!AttributiveParticiples.Contains(words[i]) || _xpos[classes[i]] is not ("VBG" or "NN")) continue;
            if (!PeopleNouns.Contains(words[i + 1])) continue;
            if (i + 2 < words.Count && words[i + 2] is "'" or "’" or "'s" or "’s") continue;
            if (i > 0 && _uposValue[classes[i - 1]] is Upos.NOUN or Upos.PROPN or Upos.PRON or Upos.AUX) continue;
            classes[i] = _jjClass;
            if (_uposValue[classes[i + 1]] is Upos.VERB) classes[i + 1] = _nnsClass;
        }
    }
}
