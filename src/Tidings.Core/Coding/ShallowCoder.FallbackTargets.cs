using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// Whether the surface target fallback (<see cref="FindTargets"/>) must stop at an actor that the tree makes the
        /// subject of another clause than the trigger's (<see cref="TreeRoles.OtherClausePredicate"/>): "set fire to 20 buses
        /// overnight in what police described as retaliation", "was stepping down so that the army is not dragged into a
        /// political fight", "As negotiators met in Jeddah ..., Sudan's army and the Rapid Support Forces traded fire",
        /// "warns of catastrophe as Sudan famine spreads". That actor does its own act; it, and whatever follows it in its
        /// clause, is no target of the trigger's act. Only actors neither right after the trigger nor after one of the
        /// entry's prepositions (<paramref name="loose"/>) are judged.
        /// <para>Invariants (the readings the fallback keeps): the subject of a clause of time or cause is judged as before
        /// (a reaction with no patient of its own is aimed at it: "put its navy on alert after a Turkish ship entered ...");
        /// a bare past participle is read as a reduced relative, not a clause; an armed act (18-20) keeps the country that answers it in a coordinated
        /// clause ("shelled the town, and Kyiv called the attack a war crime"); the trigger's complement subject and the
        /// verbs it controls are no other clause.</para>
        /// </summary>
        private bool SubjectOfAnotherClause(Trig tr, int trigNode, TokenRange span, bool loose)
        {
            if (!loose || !_tree.Parsed || trigNode < 0) return false;
            int head = Syntax.Attachment.SpanHead(doc, span);
            if (head < 0) return false;
            int predicate = _tree.OtherClausePredicate(head, trigNode, new TokenRange(tr.Start, tr.End));
            if (predicate < 0) return false;
            var entry = tr.Entry;
            // A clause of time or cause keeps the fallback's older reading: a reaction, a protest or a show of force is aimed
            // at whoever did what it answers ("scrambled jets after two Russian bombers flew close", "set fire to the
            // parliament building as lawmakers voted"), other acts skip it (the adverbial test in FindTargets).
            if (_tree.IsAdverbialOfTimeOrCause(predicate) || _tree.IsBareParticiple(predicate)) return false;
            if (entry.Root is "18" or "19" or "20" && _tree.RelationOf(predicate) is "conj" or "parataxis") return false;
            return true;
        }

        /// <summary>
        /// Whether the word before a candidate target opens a "for" phrase that the entry does not take as its target's
        /// ("demanded compensation for the fishermen", "considering a ban on social media for children", "shelled a camp
        /// for displaced people"): such a phrase names whom a thing is meant for or the purpose of the act, not the side the
        /// act is done to. Entries that name their target with "for" ("approved a loan for Pakistan") are judged by
        /// <see cref="TriggerEntry.IsTargetPrep"/> before this.
        /// </summary>
        private bool BeneficiaryPhrase(int prep) => IsWord(prep, "for");
    }
}
