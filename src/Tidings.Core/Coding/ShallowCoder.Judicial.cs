namespace Tidings.Coding;

/// <summary>
/// Session 54 (blind72): courts, prosecutions and law enforcement as political news. Two readings of the coder's judicial
/// acts that depend on who does them to whom, and the target of an act on a person named only by a possessive pronoun.
/// </summary>
public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// The sub-code of a judicial or police act that the actors decide, given the lexicon's <paramref name="code"/>:
        /// <list type="bullet">
        /// <item>a release (084) of people (a role or a person: "released the detained journalists", "ordered the release of
        /// a rights activist", "freed 80 people") is CAMEO's release of persons, 0841; a release of a bare country or of no one keeps 084 (the
        /// gold codes no 084 at all, and its property releases are 0842, which the lexicon's own rows give);</item>
        /// <item>assets frozen by a court, prosecutor or police, or by any organ of the target's own country ("a court in Kyiv
        /// froze the assets of a former lawmaker", "authorities froze the bank accounts of a news site"), are confiscated
        /// (1711, as eb14039 and eb53090 code them); a state freezing another state's or foreigners' assets still imposes
        /// sanctions (163, the lexicon's "freeze asset" row).</item>
        /// </list>
        /// Invariant: only 084 and the "freeze asset"/"asset freeze" rows' 163 are rewritten, and only to a sub-code of the
        /// same root, so no event is added or dropped here.
        /// </summary>
        private string JudicialCode(string code, int src, int tgt, string rule, string? targetRole)
        {
            // "freed 80 people": people counted by a role noun with no actor mention are a role target.
            if (code == "084" && src >= 0 && ((tgt >= 0 && IsPeople(tgt)) || (tgt < 0 && targetRole is not null))) return "0841";
            if (tgt < 0 || src < 0) return code;
            // Session 70 (fam03): "cooperated with US prosecutors", "promised to cooperate with the court": cooperation with a
            // judicial body (a JUD role, an international court) is judicial cooperation (063; intended, 0313), not the
            // diplomatic cooperation (050, 032) the bare verb gives.
            if (code is "050" or "032" && rule.Contains("cooperate", StringComparison.Ordinal)
                && (RoleOf(tgt) == "JUD" || (A(tgt).Code ?? "").StartsWith("IGOJUD", StringComparison.Ordinal)))
                return code == "050" ? "063" : "0313";
            if (code == "163" && (rule.Contains("freeze asset", StringComparison.Ordinal) || rule.Contains("asset freeze", StringComparison.Ordinal)))
            {
                string role = RoleOf(src) ?? "";
                bool lawEnforcer = role is "JUD" or "COP";
                bool ownCountry = A(src).Country is { } sc && A(tgt).Country is { } tc && sc == tc;
                if (lawEnforcer || ownCountry) return "1711";
            }
            return code;
        }

        /// <summary>Event nouns of an act done to a person, whose possessive names who undergoes it, not who does it:
        /// "ordered their release", "ordered his deportation", "sought her extradition".</summary>
        private static readonly HashSet<string> PatientNouns = new(StringComparer.OrdinalIgnoreCase)
        {
            "release", "deportation", "extradition", "expulsion", "arrest", "detention", "execution", "handover",
        };

        /// <summary>
        /// "A court acquitted six activists and ordered their immediate release", "stripped a former lawmaker of his
        /// citizenship and ordered his deportation": the target of an event noun of an act done to a person (PatientNouns)
        /// whose only possessor is a personal pronoun ("his", "her", "their") that is no actor mention, and which has no
        /// "of" phrase of its own, is the pronoun's antecedent: the nearest people actor before it in the sentence (a role or
        /// a person, not a bare country) other than the source. -1 when there is none ("the court ordered his release"
        /// names no one he could be), so nothing is invented. Invariant: the possessor of such a noun is never made its doer.
        /// </summary>
        private int PatientPossessiveTarget(Trig inner, int innerNode, int src)
        {
            if (!inner.IsNoun || innerNode < _f || innerNode >= _e || src < 0) return -1;
            if (!PatientNouns.Contains(doc.TokLemma(innerNode) ?? "")) return -1;
            if (IsWord(innerNode + 1, "of")) return -1;
            int pronoun = -1;
            for (int k = _f; k < innerNode; k++)
                if (doc.Token(k).Head == innerNode && doc.Token(k).Relation == "nmod:poss")
                {
                    if (actorOf[k] >= 0) return -1;
                    if (doc.Token(k).Span.ToString().ToLowerInvariant() is "his" or "her" or "their") pronoun = k;
                    else return -1;
                }
            if (pronoun < 0) return -1;
            for (int k = pronoun - 1; k >= _f; k--)
            {
                int a = actorOf[k];
                if (a < 0 || a == src || _reporters.Contains(a)) continue;
                if (!IsPeople(a) || string.Equals(A(a).Code, A(src).Code, StringComparison.Ordinal)) continue;
                return a;
            }
            return -1;
        }

        /// <summary>Nouns of a court's decision on a defendant: what one welcomes, defends, condemns or rejects when one
        /// judges a trial's outcome.</summary>
        private static readonly HashSet<string> VerdictNouns = new(StringComparer.OrdinalIgnoreCase)
        {
            "verdict", "sentence", "sentencing", "conviction", "ruling", "judgment", "judgement", "acquittal",
        };

        /// <summary>
        /// "Amnesty condemned the sentence handed to an Egyptian blogger by a Cairo court", "A Chinese court sentenced a
        /// publisher ..., Taipei said, condemning the verdict", "welcomed the verdict": praise, defence, criticism or
        /// complaint (05, 110, 111, 114) whose direct object is a verdict noun (VerdictNouns) judges the court that gave it,
        /// never the defendant the noun's phrase names ("against him", "handed to a blogger", "of a former colonel"). Not a
        /// court's own findings and lawsuits (115, 116: "upheld the conviction of X" is aimed at X), nor rejections (12x),
        /// whose "dismissed the verdict" the gold codes as criticism alone (eb28062). The court is (1) a court or prosecutor
        /// (JUD) named inside the object's phrase, or after "by" later in its clause ("by a Cairo court"), else (2) the JUD
        /// doer of the last finding or charge (116, 173) already coded in the text, which "the verdict" points back to;
        /// with neither, the caller drops the defendant named in the verdict's phrase from the targets, leaving none when no
        /// other was found (gold/README.md Targets; eb28068, eb44017 code a welcomed verdict of no named court with no
        /// target). Returns false, changing nothing, when the verb's object is no verdict noun.
        /// Invariant: the source itself, or an actor of the source's code, is never the court found.
        /// </summary>
        private bool VerdictCourt(int verb, int src, out int court, out int obj)
        {
            court = -1; obj = -1;
            if (verb < _f || verb >= _e || src < 0) return false;
            for (int k = _f; k < _e; k++)
                if (doc.Token(k).Head == verb && doc.Token(k).Relation == "obj") { obj = k; break; }
            if (obj < 0 || !VerdictNouns.Contains(doc.TokLemma(obj) ?? "")) return false;
            for (int k = _f; k < _e; k++)
            {
                int a = actorOf[k];
                if (a < 0 || a == src || !Dominates(obj, k) || RoleOf(a) != "JUD"
                    || string.Equals(A(a).Code, A(src).Code, StringComparison.Ordinal)) continue;
                court = a;
                return true;
            }
            // "the sentence handed to a blogger by a Cairo court", when the parser hangs the participle on the verb: a court
            // after "by" later in the same clause.
            bool by = false;
            for (int k = obj + 1; k < _e; k++)
            {
                if (doc.Token(k).Head == verb && doc.Token(k).Relation is "conj" or "parataxis") break;
                if (IsWord(k, "by")) by = true;
                int a = actorOf[k];
                if (!by || a < 0 || a == src || RoleOf(a) != "JUD" || string.Equals(A(a).Code, A(src).Code, StringComparison.Ordinal)) continue;
                court = a;
                return true;
            }
            for (int k = _out.Count - 1; k >= 0; k--)
                if (_out[k].Cameo is "116" or "173" && !_out[k].Negated && _out[k].Source >= 0 && _out[k].Source != src
                    && RoleOf(_out[k].Source) == "JUD" && !string.Equals(A(_out[k].Source).Code, A(src).Code, StringComparison.Ordinal))
                {
                    court = _out[k].Source;
                    return true;
                }
            return true;
        }

        /// <summary>True when token <paramref name="k"/> lies in the subtree of <paramref name="head"/> (or is it).</summary>
        private bool Dominates(int head, int k)
        {
            for (int guard = 0; k >= _f && k < _e && guard < 64; guard++)
            {
                if (k == head) return true;
                k = doc.Token(k).Head;
            }
            return false;
        }

        /// <summary>Verbs by which a court undoes a finding or a charge ("overturned the conviction", "quashed the sentence",
        /// "set aside the verdict"); "the lemmatiser reads "annulled" as "annull".</summary>
        private static readonly HashSet<string> UndoingJudicialVerbs = new(StringComparer.OrdinalIgnoreCase)
        {
            "overturn", "quash", "annul", "annull", "reverse", "vacate", "invalidate", "nullify", "void", "overrule", "set",
        };

        /// <summary>
        /// "An appeals court overturned the conviction of a columnist", "the Supreme Court quashed his sentence": an event noun
        /// of a finding or charge (116, 173) that is the direct object of a verb of undoing is the act undone, not done again;
        /// it is no event (acquittals, which it amounts to, are none either: eb53090). "set" counts only with "aside".
        /// Invariant: only nouns, only the direct object of the undoing verb, only roots 116 and 173.
        /// </summary>
        private bool UndoneJudicialNoun(Trig inner, int innerNode)
        {
            if (!inner.IsNoun || inner.Entry.Cameo is not ("116" or "173") || innerNode < _f || innerNode >= _e) return false;
            if (doc.Token(innerNode).Relation != "obj") return false;
            int verb = doc.Token(innerNode).Head;
            if (verb < _f || verb >= _e || !UndoingJudicialVerbs.Contains(doc.TokLemma(verb) ?? "")) return false;
            if (string.Equals(doc.TokLemma(verb), "set", StringComparison.OrdinalIgnoreCase) && !IsWord(verb + 1, "aside")) return false;
            return true;
        }
    }
}
