namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// Session 62 (protest62): the roles of a state's own organs of force and rule, which protests are aimed at and which
        /// break them up, but which do not themselves march, rally, blockade or riot. Strikes (143) are not read here: police
        /// and soldiers do walk off the job (eb77092), and the legislature, the courts and parties are left out (lawmakers
        /// walk out and go on hunger strike, a ruling party stages counter-protests).
        /// </summary>
        private static readonly HashSet<string> StateForceRoles = new(StringComparer.Ordinal) { "GOV", "COP", "MIL", "SPY" };

        /// <summary>
        /// Session 62 (protest62): "Police detained 30 opposition supporters who tried to march to parliament", "police
        /// detained dozens of workers protesting over unpaid wages", "the minister warned that anyone who joined unauthorised
        /// rallies would be prosecuted", "the arrest of the mayor by police set off street protests": a protest word whose
        /// doer the tree does not give (a relative or participle clause on the police's object, a noun under another verb)
        /// lends the subject of the verb it hangs from, and that subject is the police or the government acting against the
        /// protesters. A state's government, police, army or intelligence service is what a protest is aimed at, not its
        /// doer: such a protest (14x other than a strike) with a lent source is dropped. Invariant: a protest word whose own
        /// subject is the state force ("soldiers who mutinied joined the protesters") keeps it; only sources lent from
        /// another word (inherited, light-verb or governing-verb subjects, a modified noun) are read; strikes stay.
        /// </summary>
        private void DropProtestsLentToTheState()
        {
            for (int i = _out.Count - 1; i >= 0; i--)
            {
                var p = _out[i];
                if (!p.Cameo.StartsWith("14", StringComparison.Ordinal) || p.Cameo.StartsWith("143", StringComparison.Ordinal) || p.Source < 0) continue;
                if (A(p.Source).Code is not { Length: 6 } code || !StateForceRoles.Contains(code[3..])) continue;
                if (!SourceLent(p.Rule)) continue;
                // "Police officers walked off the job and marched on parliament": a verb coordinated with the force's own
                // verb shares its subject, and the force is the protest's doer.
                if (_tree.Parsed && doc.Token(Syntax.Attachment.SpanHead(doc, p.Trigger)).Relation == "conj") continue;
                _out.RemoveAt(i);
            }
        }

        /// <summary>Whether an event's rule says its source was lent by another word than its trigger's own subject:
        /// an inherited subject (of a coordinated, relative or participle clause), a light verb's subject, a governing verb's
        /// subject, the noun a participle modifies, or a pronoun's antecedent.</summary>
        private static bool SourceLent(string rule)
        {
            int at = rule.IndexOf("src=", StringComparison.Ordinal);
            if (at < 0) return false;
            string how = rule[(at + 4)..];
            return how.StartsWith("inherited", StringComparison.Ordinal) || how.StartsWith("light-subject", StringComparison.Ordinal)
                || how.StartsWith("tree:inherited", StringComparison.Ordinal) || how.StartsWith("tree:governing-verb", StringComparison.Ordinal)
                || how.StartsWith("tree:modified-noun", StringComparison.Ordinal)
                // Session 67 (protest67): "police detained dozens of students after they marched on parliament": a pronoun
                // the antecedent step gives the police (the nearest subject) is lent too, now that protests in "after"
                // clauses are news (decision 126).
                || how.StartsWith("tree:pronoun-antecedent", StringComparison.Ordinal);
        }

        /// <summary>
        /// Session 62 (protest62): "Thousands of Armenians demonstrated in Yerevan against the deal": nationals named by
        /// their plural demonym (coded as the bare country, read as its people, CVL, when they protest) are the country's
        /// people for the own-government rule of protests (decision 005, 086), as they are for gatherings (decision 071).
        /// </summary>
        private bool IsDemonymPeople(int a) =>
            a >= 0 && A(a).Code is { Length: 3 } && A(a).Country is not null && A(a).Rule.StartsWith("demonym:", StringComparison.Ordinal);
    }
}
