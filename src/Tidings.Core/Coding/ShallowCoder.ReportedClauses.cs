using Tidings.Actors;
using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    /// <summary>
    /// "The opposition leader says soldiers fired on protesters in the capital, calling it a massacre", "Witnesses claim
    /// Ugandan troops shelled two villages": with no "that", the parser can take the reported clause's subject as the object
    /// of the verb of saying and its verb as a reduced relative (<c>acl</c>) on it, so the act has no doer and sits under
    /// the saying. The parser's own repair of this (<see cref="Syntax.TreeRepairs.ReportedClauseOnObject"/>) runs on
    /// headlines only, where it needs no more than the tree; in body text the object reading of a long clause is often
    /// right, so here, with the actors known, only the narrow case moves: the verb of saying is "say", "claim", "allege" or
    /// "insist" (verbs that take no armed force or state as their object), the object is an armed force, police, rebels,
    /// a government or a country (an actor whose code is a country or has a MIL/COP/REB/GOV role), and the participle
    /// right after it is a trigger of a material act of the lexicon (roots 15 to 20: force posture, reductions of
    /// relations, coercion, assault, fighting, mass violence) with its own object or oblique after it, no subject,
    /// auxiliary, marker or by-agent. The participle then becomes the complement of the saying verb and the actor its
    /// subject, as the parser makes it when the clause opens with "that".
    /// </summary>
    private void RepairReportedClausesOnActors(Document doc, int[] actorOf)
    {
        for (int si = 0; si < doc.SentenceCount; si++)
        {
            var sent = doc.Sentence(si);
            if (sent.Section == SectionKind.Headline) continue;
            int f = sent.FirstToken, e = sent.EndToken;
            for (int verb = f + 2; verb < e; verb++)
            {
                var vt = doc.Token(verb);
                if (vt.Relation != "acl" || vt.Upos != Upos.VERB || vt.Xpos is not ("VBD" or "VBN")) continue;
                int obj = vt.Head;
                if (obj < f || obj >= verb || doc.Token(obj).Relation != "obj" || doc.Token(obj).Upos is not (Upos.NOUN or Upos.PROPN)) continue;
                int say = doc.Token(obj).Head;
                if (say < f || say >= obj || doc.Token(say).Upos != Upos.VERB || !SayingVerbsOfClause.Contains(doc.Token(say).Lemma)) continue;
                // Nothing but the object's own words between the object and the verb ("Cambodian troops fired", not "troops, fired").
                bool adjacent = true;
                for (int i = obj + 1; i < verb; i++) if (doc.Token(i).Head != obj || doc.Token(i).Upos == Upos.PUNCT) { adjacent = false; break; }
                if (!adjacent) continue;
                if (!IsStateOrForce(doc, actorOf, obj)) continue;
                if (!IsMaterialActTrigger(doc, verb, e)) continue;
                bool complement = false, blocked = false;
                for (int i = f; i < e; i++)
                {
                    var t = doc.Token(i);
                    if (t.Head != verb) continue;
                    if (i > verb && t.Relation is "obj" or "obl") complement = true;
                    if (t.Relation is "nsubj" or "nsubj:pass" or "aux" or "aux:pass" or "mark" or "expl" or "obl:agent") blocked = true;
                    if (i > verb && t.Relation == "obl")
                        for (int j = verb + 1; j < i; j++)
                            if (doc.Token(j).Head == i && doc.Token(j).Relation == "case" && doc.Token(j).Span.Equals("by", StringComparison.OrdinalIgnoreCase)) blocked = true;
                }
                if (blocked || !complement) continue;
                doc.SetHead(verb, say, "ccomp");
                doc.SetHead(obj, verb, "nsubj");
            }
        }
    }

    /// <summary>Verbs of saying that take a clause and no armed force or state as their object.</summary>
    private static readonly HashSet<string> SayingVerbsOfClause = new(StringComparer.OrdinalIgnoreCase)
    {
        "say", "claim", "allege", "insist", "assert",
    };

    /// <summary>The actor on <paramref name="token"/> is a country, a government or an armed force (MIL, COP, REB, GOV role).</summary>
    private static bool IsStateOrForce(Document doc, int[] actorOf, int token)
    {
        if (token < 0 || token >= actorOf.Length || actorOf[token] < 0) return false;
        var code = doc.Actors[actorOf[token]].Code;
        if (code is null || code.Length < 3) return false;
        if (code.Length == 3) return code is "MIL" or "COP" or "REB" or "GOV" || doc.Actors[actorOf[token]].Country is not null;
        var role = code.AsSpan(3, Math.Min(3, code.Length - 3));
        return role is "MIL" or "COP" or "REB" or "GOV";
    }

    /// <summary>A verb or verb phrase of the lexicon at <paramref name="verb"/> ("shelled", "fired on", "shot dead") whose
    /// code is of roots 15 to 20.</summary>
    private bool IsMaterialActTrigger(Document doc, int verb, int end)
    {
        var token = doc.Token(verb);
        foreach (var form in (ReadOnlySpan<string>)[token.Text.ToLowerInvariant(), token.Lemma])
            foreach (var v in Lexicon.Candidates(form))
                if (v.Entry.Kind is TriggerKind.Verb or TriggerKind.Phrase && v.Entry.Root is "15" or "16" or "17" or "18" or "19" or "20"
                    && CodingLexicon.MatchAt(doc, verb, end, v, Lexicon) > verb) return true;
        return false;
    }
}
