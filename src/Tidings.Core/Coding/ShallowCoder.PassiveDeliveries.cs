using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>The aid code of delivered goods by their object class: relief is humanitarian aid (073), weapons and
        /// military craft are military aid (072), money is economic aid (071); "aid" or "assistance" is aid (070) unless
        /// an adjective names its kind. Null for goods of no class (grain, oil, cars: trade, not aid).</summary>
        private string? DeliveredGoodsCode(int goods)
        {
            var span = doc.Token(goods).Span; string? lemma = doc.TokLemma(goods);
            if (lex.ObjectClasses.TryGetValue("relief", out var relief) && relief.Contains(span, lemma)) return "073";
            if (lex.ObjectClasses.TryGetValue("weapon", out var weapon) && weapon.Contains(span, lemma)) return "072";
            if (lex.ObjectClasses.TryGetValue("craft", out var craft) && craft.Contains(span, lemma)) return "072";
            if (lex.ObjectClasses.TryGetValue("money", out var money) && money.Contains(span, lemma)) return "071";
            if (lemma is "aid" or "assistance")
            {
                for (int k = _f; k < goods; k++)
                    if (doc.Token(k).Head == goods)
                    {
                        if (IsWord(k, "humanitarian") || IsWord(k, "relief") || IsWord(k, "food") || IsWord(k, "medical")) return "073";
                        if (IsWord(k, "military")) return "072";
                        if (IsWord(k, "economic") || IsWord(k, "financial")) return "071";
                    }
                return "070";
            }
            return null;
        }

        /// <summary>True when some verb of the sentence tells goods delivered in the passive by a named giver
        /// (<see cref="CodePassiveDeliveries"/>), which needs no trigger word of the lexicon.</summary>
        private bool AnyPassiveDelivery()
        {
            if (!_tree.Parsed) return false;
            for (int v = _f; v < _e; v++)
                if (_tree.PassiveDelivery(v, out _) is var g && g >= 0 && DeliveredGoodsCode(g) is not null) return true;
            return false;
        }

        /// <summary>
        /// Session 70 (fam03). "Hundreds of tonnes of food were delivered to Gaza by Jordanian army aircraft", "Food and
        /// medicine were dropped over northern Gaza by the Jordanian air force", "Two patrol vessels were handed over to the
        /// Philippine navy by South Korea": goods of an aid class delivered in the passive (<see cref="TreeRoles.PassiveDelivery"/>)
        /// are aid given by the "by" agent (073, 072, 071 or 070 by <see cref="DeliveredGoodsCode"/>), as the active rows
        /// ("deliver @relief", "hand over @craft") code it, aimed at the recipient actor ("to", "into", "for") or else at the
        /// country the goods are taken to or dropped over. Invariants: the giver must be a named actor, not a reporter; a
        /// giver of the recipient's own country, or a sentence that already codes aid (07) from the giver, adds nothing.
        /// </summary>
        private void CodePassiveDeliveries()
        {
            if (!_tree.Parsed) return;
            for (int v = _f; v < _e; v++)
            {
                int goods = _tree.PassiveDelivery(v, out int agent);
                if (goods < 0 || DeliveredGoodsCode(goods) is not { } code) continue;
                int src = _tree.ActorWithin(agent);
                if (src < 0 || _reporters.Contains(src)) continue;
                if (_out.Exists(o => o.Sentence == _sentence && o.Source == src && o.Cameo.StartsWith("07", StringComparison.Ordinal))) continue;
                int tgt = _tree.RecipientActor(v);
                string? country = null;
                if (tgt >= 0 && (tgt == src || string.Equals(A(tgt).Code, A(src).Code, StringComparison.Ordinal))) continue;
                if (tgt < 0)
                {
                    country = _tree.DestinationCountry(v, doc.Places) ?? _tree.LocativeCountry(v, doc.Places);
                    if (country is null || country == A(src).Country) continue;
                }
                Emit(new TokenRange(v, v + 1), code, src, tgt, $"passive-delivery:{doc.TokLemma(v)} {doc.TokLemma(goods)}→{code} src=by,tgt=recipient",
                    false, CueDates(v, v), Modality.Asserted, -1, country);
            }
        }
    }
}
