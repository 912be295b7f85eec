using Tidings.Documents;

namespace Tidings.Coding;

/// <summary>
/// Tree queries for the cause a reaction answers: "lodged a protest after a Chinese ship rammed a Philippine vessel".
/// </summary>
internal sealed partial class TreeRoles
{
    /// <summary>
    /// The actor that did what an "after"/"following" clause under <paramref name="verb"/> tells: the clause subject's actor,
    /// also when the subject only carries it as a modifier ("after a Chinese ship rammed" CHN, "after Indian missiles struck"
    /// IND), and also when the parser read the clause as a noun phrase with a past-tense participle on it ("after [Indian
    /// missiles] struck targets": obl "missiles" with acl "struck"). -1 when there is none. Unlike
    /// <see cref="CauseClauseDoer"/> it takes the subject's modifier actor; like it, only the clause's subject (not "after
    /// talks with X", not a passive's patient: "after two soldiers were killed" names no doer). The clause may hang on the
    /// verb's own xcomp ("vowed to respond after ..."); with none, a clause that prompted the verb's act
    /// (<see cref="PromptingDoer"/>) gives its subject.
    /// </summary>
    public int CauseSubjectActor(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return -1;
        if (AfterClauseSubjectActor(verb) is var own && own >= 0) return own;
        // "Armenia vowed to respond after Azerbaijani troops shelled ...": the clause hangs on the promised verb below the
        // trigger.
        foreach (var c in Children(verb))
            if (RelIs(c, "xcomp") && AfterClauseSubjectActor(c) is var below && below >= 0) return below;
        return PromptingDoer(verb);
    }

    /// <summary>Participles that tell a clause's act as what made another side act: "..., prompting Tokyo to scramble jets".</summary>
    private static readonly HashSet<string> PromptingLemmas = new(StringComparer.OrdinalIgnoreCase)
        { "prompt", "force", "lead", "spur", "push", "drive", "trigger", "provoke" };

    /// <summary>
    /// "Russian bombers flew near Japan's airspace, prompting Tokyo to scramble fighter jets": the reaction
    /// (<paramref name="verb"/>, the infinitive) hangs as xcomp on a participle of prompting that is a clause of the verb
    /// whose subject did the act; gives that subject's actor, or -1.
    /// </summary>
    private int PromptingDoer(int verb)
    {
        int p = _doc.Token(verb).Head;
        if (!RelIs(verb, "xcomp") || p < _f || p >= _e) return -1;
        if (_doc.Token(p).Xpos != "VBG" || !PromptingLemmas.Contains(_doc.Token(p).Lemma ?? "") || !RelIs(p, "advcl")) return -1;
        int main = _doc.Token(p).Head;
        if (main < _f || main >= _e) return -1;
        foreach (var d in Children(main))
            if (RelIs(d, "nsubj") && ActorOfNode(d) is var a && a >= 0) return a;
        return -1;
    }

    /// <summary>The actor of the subject of an "after"/"following" clause hung on <paramref name="verb"/> itself, or -1.</summary>
    private int AfterClauseSubjectActor(int verb)
    {
        foreach (var c in Children(verb))
        {
            if (RelIs(c, "advcl") && MarkOf(c) is "after" or "following")
            {
                foreach (var d in Children(c))
                    if (RelIs(d, "nsubj") && ActorOfNode(d) is var a && a >= 0) return a;
                continue;
            }
            // The misparse: "after" as the case of the clause's subject, its verb an acl told in the past tense with an object.
            if (RelStarts(c, "obl") && CaseOf(c) is "after" or "following")
                foreach (var d in Children(c))
                    if (RelIs(d, "acl") && _doc.Token(d).Xpos == "VBD" && AnyChild(d, "obj") && ActorOfNode(c) is var a && a >= 0)
                        return a;
        }
        return -1;
    }
}
