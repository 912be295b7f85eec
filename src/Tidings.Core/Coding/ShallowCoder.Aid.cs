using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>True when some clause of the sentence tells relief arriving by its vehicle (<see cref="CodeCarriedRelief"/>),
        /// which needs no trigger word of the lexicon.</summary>
        private bool AnyCarriedRelief()
        {
            if (!_tree.Parsed || !lex.ObjectClasses.TryGetValue("relief", out var relief)) return false;
            for (int v = _f; v < _e; v++)
                if (_tree.CarrierOfGoodsArriving(v, relief, out _) >= 0) return true;
            return false;
        }

        /// <summary>
        /// "A convoy of 40 World Food Programme trucks carrying flour reached El Fasher", "Chinese relief flights carrying tents
        /// landed in Yangon", "Aid trucks carrying food crossed into Gaza from Egypt": relief whose arrival is told through the
        /// vehicle that carries it is relief provided (073) by the actor the vehicle is named by (or the "from" actor it comes
        /// from) to where it arrives. The goods must be relief (object class "relief"), so a convoy of troops or a cargo ship
        /// of grain is no aid; the giver must be named and must not be of the country it arrives in.
        /// </summary>
        private void CodeCarriedRelief()
        {
            if (!_tree.Parsed || !lex.ObjectClasses.TryGetValue("relief", out var relief)) return;
            for (int v = _f; v < _e; v++)
            {
                int vehicle = _tree.CarrierOfGoodsArriving(v, relief, out int goods);
                if (vehicle < 0) continue;
                int src = -1;
                // With the arrival misparsed under the vehicle's participle, the arrival's own words are no part of the vehicle.
                bool inverted = _tree.InSubtreeOf(v, vehicle);
                for (int k = _f; k < _e && src < 0; k++)
                    if (actorOf[k] >= 0 && !_reporters.Contains(actorOf[k]) && _tree.InSubtreeOf(k, vehicle) && !_tree.InSubtreeOf(k, goods)
                        && !(inverted && _tree.InSubtreeOf(k, v)))
                        src = actorOf[k];
                string how = "carrier";
                if (src < 0) { src = _tree.FromActor(v); how = "from"; }
                if (src < 0 || _reporters.Contains(src)) continue;
                int tgt = _tree.ObjectActor(v);
                string? country = null;
                if (tgt >= 0 && (tgt == src || A(tgt).Country == A(src).Country)) continue;
                if (tgt < 0)
                {
                    country = _tree.DestinationCountry(v, doc.Places) ?? _tree.ObjectPlaceCountry(v, doc.Places) ?? _tree.LocativeCountry(v, doc.Places);
                    if (country is null || country == A(src).Country) continue;
                }
                Emit(new TokenRange(v, v + 1), "073", src, tgt, $"carried-relief:{W(vehicle).ToString()} {doc.TokLemma(v)}→073 src={how},tgt=arrived-in",
                    false, CueDates(v, v), Modality.Asserted, -1, country);
            }
        }
    }
}
