namespace Tidings.Actors;

public sealed partial class ActorRecognizer
{
    private sealed partial class Run
    {
        /// <summary>
        /// "Houthi leader Abdul-Malik al-Houthi", "the RSF commander": one person of an organisation, named by the organisation
        /// and a singular role (rule "organization+role"), who can be the "his"/"her" of his own fighters or followers ("said his
        /// fighters would target U.S. warships"), unlike the organisation itself ("Hamas said his ..." names someone else).
        /// False for the organisation alone and for its members in the plural ("Hamas fighters").
        /// </summary>
        private bool IsPersonOfOrganization(ActorMention owner) =>
            owner.Rule.StartsWith("organization+role:", StringComparison.Ordinal) && MatchRoleIn(owner) is { IsPlural: false };
    }
}
