namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// "Nepal's Supreme Court ordered the government to release the opposition leader", "the court ordered parliament to
        /// return the seized papers": a release ordered of a government or a legislature is a demand made of that organ
        /// (1053, as eb51142 codes it), which must carry it out; it is not the orderer's own release aimed at the organ, which
        /// is no one released. An order to the police, the army or a court ("ordered the police to release the journalists")
        /// is still the orderer's release carried out by its own force (Precision28Tests). Invariant: true only for a frame
        /// object that is an actor whose code ends in GOV or LEG.
        /// </summary>
        private bool OrderedOfCivilOrgan(int frameObject) =>
            frameObject >= 0 && A(frameObject).Code is { } organ
            && (organ.EndsWith("GOV", StringComparison.Ordinal) || organ.EndsWith("LEG", StringComparison.Ordinal));
    }
}
