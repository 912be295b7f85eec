using Tidings.Syntax;
using Xunit;

namespace Tidings.Core.Tests.Syntax;

public class TreeRepairsTests
{
    // Each word: form|UPOS|XPOS|lemma|head (1-based, 0 = root)|relation. The trees are the parser's own
    // mistakes in shape; the expectation lists each changed word as form=head:relation.
    [Theory]
    // The misparse: the relative clause's commas make "the rebels" the object of "said".
    [InlineData("Officials|NOUN|NNS|official|2|nsubj said|VERB|VBD|say|0|root the|DET|DT|the|4|det rebels|NOUN|NNS|rebel|2|obj ,|PUNCT|,|,|7|punct who|PRON|WP|who|7|nsubj seized|VERB|VBD|seize|4|acl:relcl towns|NOUN|NNS|town|7|obj ,|PUNCT|,|,|10|punct attacked|VERB|VBD|attack|2|conj bases|NOUN|NNS|base|10|obj",
        "rebels=10:nsubj attacked=2:ccomp")]
    // "and" makes the second verb the speaker's own: nothing changes.
    [InlineData("Officials|NOUN|NNS|official|2|nsubj said|VERB|VBD|say|0|root the|DET|DT|the|4|det prayer|NOUN|NN|prayer|2|obj ,|PUNCT|,|,|7|punct which|PRON|WDT|which|7|nsubj lasted|VERB|VBD|last|4|acl:relcl long|ADV|RB|long|7|advmod and|CCONJ|CC|and|10|cc left|VERB|VBD|leave|2|conj",
        "")]
    // No relative clause: an object of "say" followed by a second verb is left as parsed.
    [InlineData("He|PRON|PRP|he|2|nsubj said|VERB|VBD|say|0|root nothing|PRON|NN|nothing|2|obj ,|PUNCT|,|,|5|punct left|VERB|VBD|leave|2|conj",
        "")]
    // The second verb has its own subject: it is a clause of its own.
    [InlineData("Officials|NOUN|NNS|official|2|nsubj said|VERB|VBD|say|0|root the|DET|DT|the|4|det rebels|NOUN|NNS|rebel|2|obj ,|PUNCT|,|,|7|punct who|PRON|WP|who|7|nsubj fled|VERB|VBD|flee|4|acl:relcl ,|PUNCT|,|,|10|punct they|PRON|PRP|they|10|nsubj returned|VERB|VBD|return|2|conj",
        "")]
    // Another verb than "say" keeps its object ("told the rebels, who ..., ...").
    [InlineData("Officials|NOUN|NNS|official|2|nsubj told|VERB|VBD|tell|0|root the|DET|DT|the|4|det rebels|NOUN|NNS|rebel|2|obj ,|PUNCT|,|,|7|punct who|PRON|WP|who|7|nsubj fled|VERB|VBD|flee|4|acl:relcl ,|PUNCT|,|,|9|punct left|VERB|VBD|leave|2|conj",
        "")]
    // "after" read as the preposition of the subordinate clause's subject
    [InlineData("Kenya|PROPN|NNP|Kenya|2|nsubj closed|VERB|VBD|close|0|root borders|NOUN|NNS|border|2|obj after|ADP|IN|after|5|case militants|NOUN|NNS|militant|3|nmod attacked|VERB|VBD|attack|2|advcl posts|NOUN|NNS|post|6|obj",
        "after=6:mark militants=6:nsubj")]
    // ... and the subordinate verb taken for the root, with the main verb as a modifier of its subject
    [InlineData("Talks|NOUN|NNS|talk|5|nsubj collapsed|VERB|VBD|collapse|1|acl after|ADP|IN|after|4|case Russia|PROPN|NNP|Russia|2|obl rejected|VERB|VBD|reject|0|root plans|NOUN|NNS|plan|5|obj",
        "Talks=2:nsubj collapsed=0:root after=5:mark Russia=5:nsubj rejected=2:advcl")]
    // a phrase of time stays one: no finite verb follows it
    [InlineData("Talks|NOUN|NNS|talk|2|nsubj ended|VERB|VBD|end|0|root after|ADP|IN|after|5|case two|NUM|CD|two|5|nummod days|NOUN|NNS|day|2|obl",
        "")]
    // the verb has its own subject inside the clause
    [InlineData("Kenya|PROPN|NNP|Kenya|2|nsubj acted|VERB|VBD|act|0|root after|ADP|IN|after|4|case talks|NOUN|NNS|talk|2|obl they|PRON|PRP|they|6|nsubj failed|VERB|VBD|fail|2|conj",
        "")]
    // an object-control verb's infinitive hung on the object as its modifier: the verb's open complement
    [InlineData("Russia|PROPN|NNP|Russia|2|nsubj urged|VERB|VBD|urge|0|root both|DET|DT|both|4|det sides|NOUN|NNS|side|2|obj to|PART|TO|to|6|mark show|VERB|VB|show|4|acl restraint|NOUN|NN|restraint|6|obj and|CCONJ|CC|and|9|cc offered|VERB|VBD|offer|2|conj",
        "show=2:xcomp")]
    // ... or on the verb as a purpose clause
    [InlineData("Officials|NOUN|NNS|official|2|nsubj asked|VERB|VBD|ask|0|root the|DET|DT|the|4|det court|NOUN|NN|court|2|obj to|PART|TO|to|6|mark rule|VERB|VB|rule|2|advcl",
        "rule=2:xcomp")]
    // a noun with an infinitive of its own keeps it ("asked permission to leave")
    [InlineData("Officials|NOUN|NNS|official|2|nsubj asked|VERB|VBD|ask|0|root permission|NOUN|NN|permission|2|obj to|PART|TO|to|5|mark leave|VERB|VB|leave|3|acl",
        "")]
    // a verb that controls no object keeps its purpose clause ("bought guns to defend ...")
    [InlineData("Villagers|NOUN|NNS|villager|2|nsubj bought|VERB|VBD|buy|0|root guns|NOUN|NNS|gun|2|obj to|PART|TO|to|5|mark defend|VERB|VB|defend|2|advcl themselves|PRON|PRP|themselves|5|obj",
        "")]
    // a subjectless finite verb coordinated with the object noun is the governing verb's conjunct
    [InlineData("Kyiv|PROPN|NNP|Kyiv|2|nsubj welcomed|VERB|VBD|welcome|0|root the|DET|DT|the|4|det sanctions|NOUN|NNS|sanction|2|obj and|CCONJ|CC|and|6|cc called|VERB|VBN|call|4|conj for|ADP|IN|for|8|case more|NOUN|NN|more|6|obl",
        "called=2:conj")]
    // a participle after a participle stays the noun's ("the deal signed and ratified")
    [InlineData("They|PRON|PRP|they|2|nsubj praised|VERB|VBD|praise|0|root the|DET|DT|the|4|det deal|NOUN|NN|deal|2|obj signed|VERB|VBN|sign|4|acl and|CCONJ|CC|and|7|cc ratified|VERB|VBN|ratify|5|conj",
        "")]
    // a conjunct with its own subject is a clause of its own
    [InlineData("Kyiv|PROPN|NNP|Kyiv|2|nsubj welcomed|VERB|VBD|welcome|0|root the|DET|DT|the|4|det sanctions|NOUN|NNS|sanction|2|obj and|CCONJ|CC|and|7|cc Moscow|PROPN|NNP|Moscow|7|nsubj protested|VERB|VBD|protest|4|conj",
        "")]
    // a clause hung on a punctuation mark through its conjunction is the conjunct of the earlier clause of its kind
    [InlineData("Army|NOUN|NN|army|2|nsubj said|VERB|VBD|say|0|root forces|NOUN|NNS|force|4|nsubj fired|VERB|VBD|fire|2|ccomp ,|PUNCT|,|,|10|punct and|CCONJ|CC|and|10|cc that|SCONJ|IN|that|9|mark jets|NOUN|NNS|jet|9|nsubj struck|VERB|VBD|strike|6|ccomp .|PUNCT|.|.|2|punct",
        "and=9:cc struck=4:conj")]
    // "as" read as the preposition of the next clause's subject, its verb left as parataxis
    [InlineData("Troops|NOUN|NNS|troop|2|nsubj shelled|VERB|VBD|shell|0|root positions|NOUN|NNS|position|2|obj as|ADP|IN|as|6|case the|DET|DT|the|6|det group|NOUN|NN|group|2|obl besieged|VERB|VBD|besiege|2|parataxis garrison|NOUN|NN|garrison|7|obj",
        "as=7:mark group=7:nsubj besieged=2:advcl")]
    // a fronted time noun taken for a second subject, with the "after" clause hung on it
    [InlineData("Hours|NOUN|NNS|hour|7|nsubj after|SCONJ|IN|after|3|mark meeting|VERB|VBG|meet|1|acl leaders|NOUN|NNS|leader|3|obj ,|PUNCT|,|,|3|punct minister|NOUN|NN|minister|7|nsubj announced|VERB|VBD|announce|0|root aid|NOUN|NN|aid|7|obj",
        "Hours=7:obl:tmod meeting=7:advcl")]
    // ... but a time noun that is the only subject stays one
    [InlineData("Hours|NOUN|NNS|hour|2|nsubj passed|VERB|VBD|pass|0|root",
        "")]
    // a participle coordinated with the object of a perfect's participle is that verb's conjunct
    [InlineData("it|PRON|PRP|it|3|nsubj had|AUX|VBD|have|3|aux bombed|VERB|VBN|bomb|0|root village|NOUN|NN|village|3|obj and|CCONJ|CC|and|6|cc apologised|VERB|VBN|apologise|4|conj",
        "apologised=3:conj")]
    // an adjective after the object of "find", "declare", "call" is said of the object (xcomp), not its modifier
    [InlineData("Court|NOUN|NN|court|2|nsubj found|VERB|VBD|find|0|root the|DET|DT|the|4|det activists|NOUN|NNS|activist|2|obj guilty|ADJ|JJ|guilty|4|amod of|ADP|IN|of|7|case sedition|NOUN|NN|sedition|5|obl",
        "guilty=2:xcomp")]
    // another verb keeps a postnominal adjective as the noun's ("met the officials responsible")
    [InlineData("They|PRON|PRP|they|2|nsubj met|VERB|VBD|meet|0|root the|DET|DT|the|4|det officials|NOUN|NNS|official|2|obj responsible|ADJ|JJ|responsible|4|amod",
        "")]
    // "The ministry said on Friday that police had detained ...": the reported clause hung on the day as a relative clause.
    [InlineData("Ministry|NOUN|NN|ministry|2|nsubj said|VERB|VBD|say|0|root on|ADP|IN|on|4|case Friday|PROPN|NNP|Friday|2|obl that|SCONJ|IN|that|8|mark police|NOUN|NNS|police|8|nsubj had|AUX|VBD|have|8|aux detained|VERB|VBN|detain|4|acl:relcl activists|NOUN|NNS|activist|8|obj",
        "detained=2:ccomp")]
    // "... told reporters in a statement that the navy had seized ...": the same on a noun of the statement.
    [InlineData("Officials|NOUN|NNS|official|2|nsubj announced|VERB|VBD|announce|0|root in|ADP|IN|in|5|case a|DET|DT|a|5|det statement|NOUN|NN|statement|2|obl that|SCONJ|IN|that|9|mark navy|NOUN|NN|navy|9|nsubj had|AUX|VBD|have|9|aux seized|VERB|VBN|seize|5|acl:relcl boats|NOUN|NNS|boat|9|obj",
        "seized=2:ccomp")]
    // "that" read as the clause's object though the clause has its own: it is the subordinator.
    [InlineData("Ministry|NOUN|NN|ministry|2|nsubj said|VERB|VBD|say|0|root in|ADP|IN|in|5|case a|DET|DT|a|5|det statement|NOUN|NN|statement|2|obl that|PRON|WDT|that|9|obj Laos|PROPN|NNP|Laos|9|nsubj had|AUX|VBD|have|9|aux expelled|VERB|VBN|expel|5|acl:relcl envoys|NOUN|NNS|envoy|9|obj",
        "that=9:mark expelled=2:ccomp")]
    // A true relative clause: "that" is the clause's own subject, so nothing changes.
    [InlineData("Officials|NOUN|NNS|official|2|nsubj spoke|VERB|VBD|say|0|root of|ADP|IN|of|4|case raids|NOUN|NNS|raid|2|obl that|PRON|WDT|that|6|nsubj killed|VERB|VBD|kill|4|acl:relcl farmers|NOUN|NNS|farmer|6|obj",
        "")]
    // A noun that is not an oblique of a verb of saying keeps its clause ("based on reports that ...").
    [InlineData("Troops|NOUN|NNS|troop|2|nsubj moved|VERB|VBD|move|0|root after|ADP|IN|after|4|case reports|NOUN|NNS|report|2|obl that|SCONJ|IN|that|7|mark rebels|NOUN|NNS|rebel|7|nsubj fled|VERB|VBD|flee|4|acl",
        "")]
    // "said" already has its reported clause: a later clause on the noun stays where it is.
    [InlineData("Army|NOUN|NN|army|2|nsubj said|VERB|VBD|say|0|root rebels|NOUN|NNS|rebel|4|nsubj fled|VERB|VBD|flee|2|ccomp on|ADP|IN|on|6|case Monday|PROPN|NNP|Monday|2|obl that|SCONJ|IN|that|9|mark they|PRON|PRP|they|9|nsubj left|VERB|VBD|leave|6|acl:relcl",
        "")]
    // A relative clause set off by commas between the subject and its verb: the parser builds the clause first, makes
    // it the sentence's head with the subject as a second subject, and takes the main verb for its conjunct.
    [InlineData("The|DET|DT|the|2|det envoy|NOUN|NN|envoy|5|nsubj ,|PUNCT|,|,|5|punct who|PRON|WP|who|5|nsubj landed|VERB|VBD|land|0|root in|ADP|IN|in|7|case Lusaka|PROPN|NNP|Lusaka|5|obl ,|PUNCT|,|,|9|punct met|VERB|VBD|meet|5|conj ministers|NOUN|NNS|minister|9|obj .|PUNCT|.|.|5|punct",
        "envoy=9:nsubj landed=2:acl:relcl met=0:root .=9:punct")]
    // ... or hangs the clause on the subject it made the root, the verb tagged as a participle after a perfect.
    [InlineData("Chile|PROPN|NNP|Chile|0|root and|CCONJ|CC|and|3|cc Peru|PROPN|NNP|Peru|1|conj ,|PUNCT|,|,|6|punct which|PRON|WDT|which|6|nsubj have|AUX|VBP|have|7|aux shared|VERB|VBN|share|1|acl:relcl a|DET|DT|a|9|det border|NOUN|NN|border|7|obj ,|PUNCT|,|,|11|punct signed|VERB|VBN|sign|7|conj a|DET|DT|a|13|det pact|NOUN|NN|pact|11|obj",
        "Chile=11:nsubj signed=0:root")]
    // ... with "whose" on the clause's subject
    [InlineData("Fiji|PROPN|NNP|Fiji|5|nsubj ,|PUNCT|,|,|5|punct whose|PRON|WP$|whose|4|nmod:poss navy|NOUN|NN|navy|5|nsubj patrols|VERB|VBZ|patrol|0|root the|DET|DT|the|7|det reef|NOUN|NN|reef|5|obj ,|PUNCT|,|,|9|punct protested|VERB|VBD|protest|5|conj .|PUNCT|.|.|5|punct",
        "Fiji=9:nsubj patrols=1:acl:relcl protested=0:root .=9:punct")]
    // "and" makes the second verb the relative clause's own
    [InlineData("The|DET|DT|the|2|det envoy|NOUN|NN|envoy|5|nsubj ,|PUNCT|,|,|5|punct who|PRON|WP|who|5|nsubj landed|VERB|VBD|land|0|root in|ADP|IN|in|7|case Lusaka|PROPN|NNP|Lusaka|5|obl and|CCONJ|CC|and|9|cc met|VERB|VBD|meet|5|conj ministers|NOUN|NNS|minister|9|obj",
        "")]
    // a clause hung on an object keeps its verbs ("arrested the activist, who ran a blog, ...")
    [InlineData("Police|NOUN|NNS|police|2|nsubj arrested|VERB|VBD|arrest|0|root the|DET|DT|the|4|det activist|NOUN|NN|activist|2|obj ,|PUNCT|,|,|7|punct who|PRON|WP|who|7|nsubj ran|VERB|VBD|run|4|acl:relcl a|DET|DT|a|9|det blog|NOUN|NN|blog|7|obj ,|PUNCT|,|,|11|punct criticised|VERB|VBD|criticise|7|conj ministers|NOUN|NNS|minister|11|obj",
        "")]
    // a participle with an auxiliary of its own is no past tense
    [InlineData("Chile|PROPN|NNP|Chile|0|root ,|PUNCT|,|,|4|punct which|PRON|WDT|which|4|nsubj shares|VERB|VBZ|share|1|acl:relcl a|DET|DT|a|6|det border|NOUN|NN|border|4|obj ,|PUNCT|,|,|9|punct was|AUX|VBD|be|9|aux:pass invited|VERB|VBN|invite|4|conj",
        "")]
    // A fronted "after" clause taken for the root, the main clause hung on it as parataxis, the time noun a second subject.
    [InlineData("Hours|NOUN|NNS|hour|6|nsubj after|ADP|IN|after|6|mark the|DET|DT|the|5|det Chadian|ADJ|JJ|chadian|5|amod envoy|NOUN|NN|envoy|6|nsubj landed|VERB|VBD|land|0|root ,|PUNCT|,|,|9|punct officials|NOUN|NNS|official|9|nsubj greeted|VERB|VBD|greet|6|parataxis him|PRON|PRP|he|9|obj .|PUNCT|.|.|6|punct",
        "Hours=9:obl:tmod landed=9:advcl greeted=0:root .=9:punct")]
    // ... or with "after" read as the preposition of the fronted clause's subject
    [InlineData("Two|NUM|CD|two|2|nummod days|NOUN|NNS|day|4|nmod:unmarked after|ADP|IN|after|4|case gunmen|NOUN|NNS|gunman|5|nsubj raided|VERB|VBD|raid|0|root a|DET|DT|a|7|det village|NOUN|NN|village|5|obj ,|PUNCT|,|,|10|punct Benin|PROPN|NNP|Benin|10|nsubj closed|VERB|VBD|close|5|parataxis the|DET|DT|the|12|det border|NOUN|NN|border|10|obj",
        "days=10:obl:tmod after=5:mark raided=10:advcl closed=0:root")]
    // a main clause joined by "and" is the fronted verb's conjunct, as parsed
    [InlineData("After|ADP|IN|after|3|mark talks|NOUN|NNS|talk|3|nsubj ended|VERB|VBD|end|0|root ,|PUNCT|,|,|7|punct and|CCONJ|CC|and|7|cc envoys|NOUN|NNS|envoy|7|nsubj left|VERB|VBD|leave|3|conj",
        "")]
    // no subordinator: two clauses side by side stay as parsed
    [InlineData("Talks|NOUN|NNS|talk|2|nsubj ended|VERB|VBD|end|0|root ,|PUNCT|,|,|5|punct envoys|NOUN|NNS|envoy|5|nsubj left|VERB|VBD|leave|2|parataxis",
        "")]
    public void Repairs_only_the_misparses_it_knows(string tree, string expected)
    {
        var parts = tree.Split(' ').Select(w => w.Split('|')).ToArray();
        var words = parts.Select(p => new ParserInput(p[0], p[1], p[2], p[3])).ToList();
        var heads = parts.Select(p => int.Parse(p[4]) - 1).ToArray();
        var relations = parts.Select(p => p[5]).ToArray();
        var before = (int[])heads.Clone();
        var beforeRel = (string[])relations.Clone();
        TreeRepairs.Apply(words, heads, relations);
        var changed = Enumerable.Range(0, words.Count)
            .Where(i => heads[i] != before[i] || relations[i] != beforeRel[i])
            .Select(i => $"{words[i].Form}={heads[i] + 1}:{relations[i]}");
        Assert.Equal(expected, string.Join(' ', changed));
    }

    // Headlines: a past form with a subject and nothing else is a passive; one with an object is active.
    [Theory]
    [InlineData("Leader|NOUN|NN|leader|2|nsubj charged|VERB|VBN|charge|0|root with|ADP|IN|with|4|case treason|NOUN|NN|treason|2|obl", "Leader=2:nsubj:pass")]
    [InlineData("Soldiers|NOUN|NNS|soldier|2|nsubj killed|VERB|VBD|kill|0|root in|ADP|IN|in|4|case ambush|NOUN|NN|ambush|2|obl", "Soldiers=2:nsubj:pass")]
    [InlineData("Russia|PROPN|NNP|Russia|2|nsubj launched|VERB|VBD|launch|0|root missiles|NOUN|NNS|missile|2|obj", "")]
    [InlineData("Police|NOUN|NNS|police|2|nsubj charge|VERB|VBP|charge|0|root leader|NOUN|NN|leader|2|obj", "")]
    public void Headline_past_forms_without_object_are_passives(string tree, string expected)
    {
        var parts = tree.Split(' ').Select(w => w.Split('|')).ToArray();
        var words = parts.Select(p => new ParserInput(p[0], p[1], p[2], p[3])).ToList();
        var heads = parts.Select(p => int.Parse(p[4]) - 1).ToArray();
        var relations = parts.Select(p => p[5]).ToArray();
        var beforeRel = (string[])relations.Clone();
        TreeRepairs.HeadlinePassives(words, heads, relations);
        var changed = Enumerable.Range(0, words.Count).Where(i => relations[i] != beforeRel[i]).Select(i => $"{words[i].Form}={heads[i] + 1}:{relations[i]}");
        Assert.Equal(expected, string.Join(' ', changed));
    }

    [Fact]
    public void Repaired_trees_stay_trees_on_random_shapes()
    {
        var rng = new Random(7);
        string[] lemmas = ["say", "rebel", "attack", "who", ",", "and", "urge", "to", "after"];
        string[] upos = ["VERB", "NOUN", "PROPN", "PRON", "PUNCT", "CCONJ", "PART", "ADP"];
        string[] rels = ["obj", "conj", "acl:relcl", "nsubj", "cc", "punct", "acl", "advcl", "mark", "case"];
        for (int round = 0; round < 2000; round++)
        {
            int n = rng.Next(1, 12);
            var words = new List<ParserInput>();
            var heads = new int[n];
            var relations = new string[n];
            int root = rng.Next(n);
            for (int i = 0; i < n; i++)
            {
                int k = rng.Next(lemmas.Length);
                words.Add(new ParserInput(lemmas[k] == "," ? "," : lemmas[k], upos[rng.Next(upos.Length)], new[] { "VBD", "NN", "VB" }[rng.Next(3)], lemmas[k]));
                // A random tree: every word but the root hangs on an earlier-chosen word, so there are no cycles.
                relations[i] = i == root ? "root" : rels[rng.Next(rels.Length)];
            }
            var order = Enumerable.Range(0, n).Where(i => i != root).OrderBy(_ => rng.Next()).ToList();
            var placed = new List<int> { root };
            heads[root] = -1;
            foreach (var i in order) { heads[i] = placed[rng.Next(placed.Count)]; placed.Add(i); }
            TreeRepairs.Apply(words, heads, relations);
            Assert.Single(heads, h => h == -1);
            for (int i = 0; i < n; i++)
            {
                int steps = 0;
                for (int h = i; h != -1; h = heads[h]) Assert.True(++steps <= n, "the repair made a cycle");
            }
        }
    }
}
