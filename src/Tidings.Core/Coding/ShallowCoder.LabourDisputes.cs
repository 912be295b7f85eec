namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// Session 59 (blind77, decision 071): words before a strike noun that make it a strike against the state rather
        /// than against an employer: a general strike stops every employer at once, and a national, nationwide or
        /// countrywide one, or one of the public sector, presses the state that sets the wages, laws and taxes at stake
        /// (eb29075, eb51049, eb70073 code them against the government).
        /// </summary>
        private static readonly HashSet<string> PoliticalStrikeModifiers = new(StringComparer.OrdinalIgnoreCase)
        { "general", "national", "nationwide", "countrywide", "public-sector", "public-service" };

        /// <summary>
        /// Session 59 (blind77, decision 071): "The union federation staged a one-day general strike", "the Labour Congress began
        /// an indefinite nationwide strike", "police officers walked off the job over unpaid allowances": a strike (143) that
        /// names no one it is against is aimed at the strikers' own government when it is a general, national, nationwide or
        /// public-sector strike (the strike noun carries that word as a modifier, or "public sector" before it), or when the
        /// strikers are the police, public servants who strike against the state that pays them as doctors and teachers do
        /// (decision 023). Invariants: only a plain 143 of a popular or police source with a country, no company named in the
        /// sentence (a strike against a named firm is the firm's), and no strike "in solidarity with" others (eb54150: a general
        /// strike for Gaza presses no government of its own).
        /// </summary>
        private bool IsStrikeAgainstTheState(EventMention p)
        {
            if (p.Cameo != "143" || p.Source < 0 || A(p.Source).Country is null) return false;
            if (SentenceBusiness() >= 0) return false;
            for (int t = _f; t < _e; t++)
                if (IsWord(t, "solidarity")) return false;
            if (RoleOf(p.Source) == "COP") return true;
            if (!IsPopular(p.Source)) return false;
            int noun = StrikeNounOf(p.Trigger);
            if (noun < 0) return false;
            // The strike noun's own group, read back from the noun: a verb, a preposition or punctuation ends it.
            for (int k = noun - 1; k >= Math.Max(_f, noun - 4); k--)
            {
                if (IsPunct(k) || doc.TokUpos(k) is Documents.Upos.VERB or Documents.Upos.ADP) break;
                if (PoliticalStrikeModifiers.Contains(W(k).ToString())) return true;
                if (IsWord(k, "public") && (IsWord(k + 1, "sector") || IsWord(k + 1, "service"))) return true;
            }
            return false;
        }

        /// <summary>
        /// Session 59 (blind77, decision 071): "Colombia's truckers ended a nine-day national strike", "farmers lifted their
        /// blockade of the highway", "students ended a 12-day blockade of the broadcaster": strikers and protesters (a country's
        /// people, workers, farmers, students, traders, parties and movements) who end or lift their own strike or blockade ease popular dissent
        /// (082), where a state's forces ending air strikes or lifting a siege de-escalate (087x). Returns "082" for such a
        /// doer, "" to drop a strike ended by anyone else that names nothing struck or is no armed side or country ("talks to try
        /// to end the strike", "an agreement ending the strike": the labour strike is not theirs to end, the reason "end
        /// strike" was once taken out of the lexicon), and null to
        /// leave the code. Invariants: only lexicon phrases whose last word is "strike" or "blockade"; never an infinitive
        /// ("to end the strike" is a purpose, not the act).
        /// </summary>
        private string? EndedProtestCode(TriggerEntry entry, Trig inner, int src, List<int> targets)
        {
            if (entry.Kind != TriggerKind.Phrase || LastWord(entry.Trigger) is not ("strike" or "blockade")) return null;
            bool infinitive = IsWord(inner.Start - 1, "to");
            // A party or movement that called a protest strike ("the Green Movement ended its protest strike") eases its own
            // dissent as the opposition does.
            bool protesters = src >= 0 && (IsPopular(src) || IsWorkforce(src) || RoleOf(src) is "BUS" or "PTY");
            if (protesters && !infinitive) return "082";
            // A strike ended by anyone else is a military one only when an armed side or a country ends it ("Israel ended its
            // strikes on Gaza"); "an agreement ending a three-week strike in state hospitals" ends a labour strike it did not wage.
            if (entry.Trigger == "end strike" && (infinitive || targets.TrueForAll(t => t < 0)
                || !(src >= 0 && (A(src).Code is { Length: 3 } || RoleOf(src) is "MIL" or "REB")))) return "";
            return null;
        }

        /// <summary>
        /// Session 59 (blind77, decision 071): "Thousands of Mongolians gathered on the square to demand the prime minister's
        /// resignation", "teachers camped outside the ministry to demand higher pay": a gathering whose purpose infinitive is a
        /// demand ("to demand", "to call for", "to press for") is a demonstration whoever gathers, since the demand says what
        /// they gather for; decision 032 codes the protest alone, with the sub-code and addressee its demand gives (folded in
        /// by FoldDemandsIntoProtests). Invariants: only the gathering verbs the lexicon flags as protests of named protesters
        /// (gather, assemble, converge, camp), only a country's own people as the gatherers (IsPopular, or nationals named by
        /// their demonym: not leaders, not states), not "to protest", whose own verb is the demonstration already, and no other
        /// protest word in the sentence.
        /// </summary>
        private bool GatheredForDemand(int verb, int src)
        {
            // "Thousands of Mongolians gathered": nationals named by their plural demonym are the country's people too.
            bool people = src >= 0 && (IsPopular(src) || (A(src).Code is { Length: 3 } && A(src).Rule.StartsWith("demonym:", StringComparison.Ordinal)));
            if (!_tree.Parsed || !people || verb < _f || verb >= _e) return false;
            // Another protest word of the sentence ("..., chanting slogans", "marched and gathered") already carries the
            // demonstration, and its demand with it.
            foreach (var other in _trigs)
                if (other.Start != verb && other.Start >= _f && other.Start < _e && other.Code.StartsWith("14", StringComparison.Ordinal)) return false;
            foreach (var rel in PurposeRelations)
                if (DependentOf(verb, rel) is var p && p > verb && IsWord(p - 1, "to")
                    && (doc.TokLemma(p) is "demand" || (doc.TokLemma(p) is "call" or "press" && IsWord(p + 1, "for"))))
                    return true;
            return false;
        }

        /// <summary>The token of the strike noun ("strike", "strikes", "walkout", "stoppage") inside a trigger span, or right
        /// after it within three words ("went on a nationwide strike" is matched by its verb), or -1.</summary>
        private int StrikeNounOf(Documents.TokenRange trigger)
        {
            for (int t = trigger.FirstToken; t < Math.Min(_e, trigger.EndToken + 3); t++)
                if (t >= _f && doc.TokLemma(t) is "strike" or "walkout" or "stoppage") return t;
            return -1;
        }
    }
}
