namespace Tidings.Actors;

public sealed partial class ActorRecognizer
{
    private sealed partial class Run
    {
        /// <summary>Sectors of bodies that are neither a state's organ nor a person's office: a representative title after
        /// such a body's remembered name speaks for the body.</summary>
        private static readonly string[] NonStateBodySectors = ["BUS", "NGO", "MED", "LAB", "EDU", "REL", "HLH", "AGR", "ENV", "CRM", "REB"];

        /// <summary>
        /// "Brellix, a private prison company, … Brellix spokesman Tom Reed said", "the Kanu Forum, a civic group … Kanu
        /// Forum director Ada Obi": a representative title (spokesman, director, chief executive: roles flagged R) with a
        /// name right after the name of a body the article introduced itself (the lexicon does not list it, so the
        /// mention is read from memory) speaks for that body, as "Boeing spokesman X" does for a listed company. Without
        /// this the title alone makes him a government spokesman (GOV) of the article's country. Only bodies of a
        /// non-state sector (a company, an NGO, a union, a group): a state organ's title after a remembered name is read
        /// by the title rules, and a person's surname before a title ("Smith spokesman") is no such body.
        /// </summary>
        private void RepresentativesOfNamedBodies()
        {
            for (int i = 0; i + 1 < _out.Count; i++)
            {
                var body = _out[i];
                var head = _out[i + 1];
                if (body.Code is not { Length: >= 3 } code || body.IsModifier || !body.Rule.StartsWith("memory:", System.StringComparison.Ordinal)) continue;
                if (!System.Array.Exists(NonStateBodySectors, s => code.EndsWith(s, System.StringComparison.Ordinal) || code.StartsWith("NGO", System.StringComparison.Ordinal))) continue;
                if (!head.Rule.StartsWith("title+name:", System.StringComparison.Ordinal) || head.Tokens.FirstToken != body.Tokens.EndToken) continue;
                if (_doc.SentenceOf(body.Tokens.FirstToken) != _doc.SentenceOf(head.Tokens.FirstToken)) continue;
                if (MatchRoleIn(head) is not { IsRepresentative: true }) continue;
                _out[i + 1] = head with
                {
                    Tokens = new Documents.TokenRange(body.Tokens.FirstToken, head.Tokens.EndToken),
                    Code = code, Country = body.Country, Reason = body.Reason,
                    Rule = $"{head.Rule}; speaks for the body named before the title ({body.Tokens.TextIn(_doc)}) → {code}",
                };
                _out.RemoveAt(i);
            }
        }
    }
}
