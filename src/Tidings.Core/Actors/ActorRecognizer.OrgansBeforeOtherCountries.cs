namespace Tidings.Actors;

public sealed partial class ActorRecognizer
{
    private sealed partial class Run
    {
        /// <summary>
        /// True for a definite state organ with no country of its own ("the government", "the president", "the Health
        /// minister", "the police", "the court"): the organ a reader of the story already knows. <see cref="ResolveBareRoles"/>
        /// gives such an organ the article's main country when every other country of its sentence is named after it and for
        /// another actor ("The Health minister ... said the government was launching a campaign, aided by the WHO and US health
        /// officials", in a story about Haiti; "The ministry said Russian forces shelled the port", in a story about Ukraine),
        /// instead of the one later country, which is that other actor's. Session 57 (realrecall57): rn8hti259 read Haiti's
        /// health minister, president and government as the United States'. Invariant: only GOV (with any sub-sector), COP,
        /// JUD and LEG, only after "the", and never an envoy, who serves abroad (a country named after him may be his host).
        /// </summary>
        private bool IsDefiniteStateOrgan(ActorMention m) =>
            m.Code is { } code && (code.StartsWith("GOV", StringComparison.Ordinal) || StateOrganRoles.Contains(code))
            && m.Tokens.FirstToken > 0 && Is(m.Tokens.FirstToken - 1, "the") && !IsEnvoyMention(m);
    }
}
