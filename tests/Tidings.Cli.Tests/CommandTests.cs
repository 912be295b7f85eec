using System.Text.Json;

namespace Tidings.Tests.Cli;

/// <summary>End-to-end tests of the <c>tidings</c> command on the bundled samples and on bad input.</summary>
public class CommandTests
{
    private static readonly string[] RequiredFields =
    [
        "article", "sentence", "source.code", "source.name", "source.text", "target", "cameo", "quad_class", "goldstein",
        "plover.type", "plover.mode", "date", "date_precision", "place", "attribution", "negated", "background",
        "evidence.trigger", "evidence.rule", "evidence.sentence_text",
    ];

    [Fact]
    public void Code_jsonl_on_samples_writes_one_contract_object_per_line()
    {
        var r = CliRunner.Run(CliRunner.TempDir(), "code", CliRunner.SamplesDir, "--format", "jsonl", "--no-store");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length >= 20, $"only {lines.Length} events from the samples");
        var articles = new HashSet<string>();
        foreach (var line in lines)
        {
            using var doc = JsonDocument.Parse(line);
            foreach (var field in RequiredFields)
                Assert.True(TryGet(doc.RootElement, field, out _), $"field '{field}' missing in {line}");
            TryGet(doc.RootElement, "source.code", out var sc);
            Assert.Equal(JsonValueKind.String, sc.ValueKind);
            TryGet(doc.RootElement, "cameo", out var cameo);
            Assert.Matches("^[0-2][0-9][0-9]{0,2}$", cameo.GetString()!);
            if (doc.RootElement.GetProperty("target").ValueKind == JsonValueKind.Object)
                Assert.NotEqual(sc.GetString(), doc.RootElement.GetProperty("target").GetProperty("code").GetString());
            articles.Add(doc.RootElement.GetProperty("article").GetString()!);
        }
        Assert.True(articles.Count >= 10, $"events from only {articles.Count} sample articles");
    }

    [Fact]
    public void Code_gdelt_writes_61_tab_separated_columns()
    {
        var r = CliRunner.Run(CliRunner.TempDir(), "code", CliRunner.SamplesDir, "--format", "gdelt", "--no-store");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Equal(61, l.Split('\t').Length));
    }

    [Fact]
    public void Code_table_stores_into_the_default_database()
    {
        var dir = CliRunner.TempDir();
        var r = CliRunner.Run(dir, "code", CliRunner.SamplesDir);
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Contains("event(s)", r.Stdout);
        Assert.True(File.Exists(Path.Combine(dir, "tidings.duckdb")));
    }

    [Fact]
    public void Ingest_is_idempotent_and_events_can_be_queried_and_exported()
    {
        var dir = CliRunner.TempDir();
        var db = Path.Combine(dir, "news.duckdb");
        var first = CliRunner.Run(dir, "ingest", CliRunner.SamplesDir, "--db", db);
        Assert.True(first.ExitCode == 0, first.Stderr);
        var all1 = CliRunner.Run(dir, "events", "--db", db, "--format", "jsonl", "--include-background", "--include-negated");
        var second = CliRunner.Run(dir, "ingest", CliRunner.SamplesDir, "--db", db);
        Assert.True(second.ExitCode == 0, second.Stderr);
        Assert.Contains(" 0 new", second.Stderr);
        var all2 = CliRunner.Run(dir, "events", "--db", db, "--format", "jsonl", "--include-background", "--include-negated");
        Assert.Equal(all1.Stdout, all2.Stdout);
        Assert.NotEmpty(all1.Stdout);

        var filtered = CliRunner.Run(dir, "events", "--db", db, "--format", "jsonl", "--cameo", "19");
        Assert.True(filtered.ExitCode == 0, filtered.Stderr);
        foreach (var line in filtered.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            Assert.StartsWith("19", JsonDocument.Parse(line).RootElement.GetProperty("cameo").GetString());

        var parquet = Path.Combine(dir, "events.parquet");
        var ex = CliRunner.Run(dir, "export", "--db", db, "--format", "parquet", "--out", parquet);
        Assert.True(ex.ExitCode == 0, ex.Stderr);
        Assert.True(new FileInfo(parquet).Length > 0);
        var gdelt = Path.Combine(dir, "events.tsv");
        Assert.Equal(0, CliRunner.Run(dir, "export", "--db", db, "--format", "gdelt", "--out", gdelt).ExitCode);
        Assert.All(File.ReadAllLines(gdelt), l => Assert.Equal(61, l.Split('\t').Length));
    }

    [Fact]
    public void Bench_stages_names_every_stage_of_the_pipeline()
    {
        var article = Path.Combine(CliRunner.SamplesDir, "2025-03-04-ankara-talks.txt");
        var r = CliRunner.Run(CliRunner.TempDir(), "bench", article, "--runs", "1", "--stages");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Contains("throughput (one thread)", r.Stdout);
        foreach (var stage in new[] { "tokenizer", "tagger", "parser", "actors", "shallow-coder", "assembly + merge" })
            Assert.Contains(stage, r.Stdout);
    }

    [Fact]
    public void Code_prints_merged_events_with_their_mentions_as_the_store_gives_them_back()
    {
        var dir = CliRunner.TempDir();
        var db = Path.Combine(dir, "news.duckdb");
        var coded = CliRunner.Run(dir, "code", CliRunner.SamplesDir, "--format", "jsonl", "--db", db);
        Assert.True(coded.ExitCode == 0, coded.Stderr);
        var stored = CliRunner.Run(dir, "events", "--db", db, "--format", "jsonl", "--include-background", "--include-negated");
        Assert.True(stored.ExitCode == 0, stored.Stderr);
        Assert.Equal(coded.Stdout, stored.Stdout);
        var mentions = coded.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Select(e => (Sentence: e.GetProperty("sentence").GetInt32(), Mentions: e.GetProperty("mentions").EnumerateArray().ToList()))
            .ToList();
        Assert.All(mentions, e => Assert.Equal(e.Sentence, e.Mentions[0].GetProperty("sentence").GetInt32()));
        Assert.Contains(mentions, e => e.Mentions.Count > 1); // some sample retells an event in its headline or lead
    }

    [Fact]
    public void Unreadable_file_is_named_and_the_rest_of_the_batch_goes_on()
    {
        var dir = CliRunner.TempDir();
        var bad = Path.Combine(dir, "noise.txt");
        var rnd = new Random(7);
        var bytes = new byte[4096];
        rnd.NextBytes(bytes);
        File.WriteAllBytes(bad, bytes);
        var good = Path.Combine(dir, "good.txt");
        File.WriteAllText(good, "Talks in Cairo\n\nCAIRO — Egyptian mediators met Hamas negotiators on Monday, officials said.\n");
        var r = CliRunner.Run(dir, "code", bad, good, "--format", "jsonl", "--no-store", "--published", "2025-03-05");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("noise.txt", r.Stderr);
        Assert.Contains("good.txt", r.Stdout);
    }

    [Fact]
    public void Missing_file_and_bad_options_give_clear_errors()
    {
        var dir = CliRunner.TempDir();
        var missing = CliRunner.Run(dir, "code", "nope.txt", "--no-store");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("nope.txt", missing.Stderr);
        var badDate = CliRunner.Run(dir, "code", CliRunner.SamplesDir, "--published", "30/07/2025", "--no-store");
        Assert.Equal(2, badDate.ExitCode);
        Assert.Contains("--published", badDate.Stderr);
        var badFormat = CliRunner.Run(dir, "code", CliRunner.SamplesDir, "--format", "xml", "--no-store");
        Assert.Equal(2, badFormat.ExitCode);
        var noDb = CliRunner.Run(dir, "events", "--db", Path.Combine(dir, "absent.duckdb"));
        Assert.Equal(2, noDb.ExitCode);
        Assert.Contains("absent.duckdb", noDb.Stderr);
    }

    [Fact]
    public void Code_still_prints_when_the_default_database_is_not_a_database()
    {
        var dir = CliRunner.TempDir();
        File.WriteAllText(Path.Combine(dir, "tidings.duckdb"), "not a database");
        var r = CliRunner.Run(dir, "code", CliRunner.SamplesDir, "--format", "jsonl");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Contains("not storing", r.Stderr);
        Assert.NotEmpty(r.Stdout);
        Assert.Equal("not a database", File.ReadAllText(Path.Combine(dir, "tidings.duckdb")));
        var explicitDb = CliRunner.Run(dir, "code", CliRunner.SamplesDir, "--format", "jsonl", "--db", Path.Combine(dir, "tidings.duckdb"));
        Assert.Equal(2, explicitDb.ExitCode);
        Assert.Contains("tidings.duckdb", explicitDb.Stderr);
    }

    [Fact]
    public void Code_reads_standard_input()
    {
        var r = CliRunner.RunWithInput(CliRunner.TempDir(),
            "Clashes\n\nBAGHDAD — Iraqi police arrested dozens of protesters in Baghdad on Sunday.\n",
            "code", "-", "--format", "jsonl", "--no-store", "--published", "2025-05-12");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Contains("\"cameo\"", r.Stdout);
    }

    [Fact]
    public void Explain_shows_tokens_actors_and_the_rule_of_each_event()
    {
        var r = CliRunner.Run(CliRunner.TempDir(), "explain", "Iranian Foreign Minister Abbas Araghchi met Turkish officials in Ankara on Monday.",
            "--published", "2025-06-11");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Contains("Araghchi", r.Stdout);
        Assert.Contains("IRN", r.Stdout);
        Assert.Contains("TUR", r.Stdout);
        Assert.Contains("rule", r.Stdout);
    }

    // A dateline typed with the sentence is the article's dateline, as the readers and eval make it: its words are not
    // parsed as the first sentence's subject.
    [Fact]
    public void Explain_takes_a_leading_dateline_off_the_sentence()
    {
        var r = CliRunner.Run(CliRunner.TempDir(), "explain", "MAPUTO (Reuters) - Mozambique's president dismissed two ministers on Monday.",
            "--published", "2025-06-11");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.DoesNotContain("MAPUTO", r.Stdout);
        Assert.Contains("dismissed", r.Stdout);
        Assert.Contains("MOZ", r.Stdout);
    }

    [Fact]
    public void Train_names_writes_a_model_and_lists_dev_errors()
    {
        // a tiny IOB2 corpus written for this test (names invented)
        var dir = CliRunner.TempDir();
        var sb = new System.Text.StringBuilder();
        int id = 0;
        foreach (var person in new[] { "Ana Lopez", "Omar Haddad", "Li Wei", "Sara Cohen" })
            foreach (var place in new[] { "Lima", "Cairo", "Hanoi", "Quito" })
            {
                var p = person.Split(' ');
                sb.Append($"# sent_id = s{id++}\n1\t{p[0]}\tB-PER\n2\t{p[1]}\tI-PER\n3\tvisited\tO\n4\t{place}\tB-LOC\n5\t.\tO\n\n");
            }
        File.WriteAllText(Path.Combine(dir, "train.iob2"), sb.ToString());
        File.WriteAllText(Path.Combine(dir, "dev.iob2"), "1\tLi\tB-PER\n2\tWei\tI-PER\n3\tvisited\tO\n4\tOslo\tB-LOC\n5\t.\tO\n\n");
        var r = CliRunner.Run(dir, "train", "names", "--train", "train.iob2", "--dev", "dev.iob2", "--epochs", "2", "--out", ".",
            "--with-dev", "--errors", "errors.txt");
        Assert.True(r.ExitCode == 0, r.Stderr + r.Stdout);
        Assert.True(new FileInfo(Path.Combine(dir, "names.bin")).Length > 0);
        Assert.True(File.Exists(Path.Combine(dir, "errors.txt")));
        Assert.Contains("retraining on train + dev", r.Stdout);
    }

    [Fact]
    public void Train_parser_neural_writes_a_model_that_eval_syntax_loads()
    {
        // A tiny treebank written for this test; training on it only shows the command path works end to end.
        var dir = CliRunner.TempDir();
        const string conllu = """
            # sent_id = a
            # text = Rebels attacked a convoy .
            1	Rebels	rebel	NOUN	NNS	_	2	nsubj	_	_
            2	attacked	attack	VERB	VBD	_	0	root	_	_
            3	a	a	DET	DT	_	4	det	_	_
            4	convoy	convoy	NOUN	NN	_	2	obj	_	_
            5	.	.	PUNCT	.	_	2	punct	_	_

            # sent_id = b
            # text = Ministers met in Geneva .
            1	Ministers	minister	NOUN	NNS	_	2	nsubj	_	_
            2	met	meet	VERB	VBD	_	0	root	_	_
            3	in	in	ADP	IN	_	4	case	_	_
            4	Geneva	Geneva	PROPN	NNP	_	2	obl	_	_
            5	.	.	PUNCT	.	_	2	punct	_	_


            """;
        File.WriteAllText(Path.Combine(dir, "tiny.conllu"), conllu.Replace("\r\n", "\n"));
        var r = CliRunner.Run(dir, "train", "parser", "--neural", "--folds", "0", "--train", "tiny.conllu", "--dev", "tiny.conllu",
            "--epochs", "2", "--lstm-hidden", "8", "--mlp-hidden", "8", "--word-dim", "8", "--out", ".");
        Assert.True(r.ExitCode == 0, r.Stderr + r.Stdout);
        Assert.Contains("neural parser epoch 2", r.Stdout);
        Assert.True(new FileInfo(Path.Combine(dir, "parser-neural.bin")).Length > 0);
        r = CliRunner.Run(dir, "eval-syntax", "--gold", "tiny.conllu", "--parser", "parser-neural.bin", "--from", "gold");
        Assert.True(r.ExitCode == 0, r.Stderr + r.Stdout);
        Assert.Contains("gold words; stages: tagger → parser (BiLSTM)", r.Stdout);
    }

    [Fact]
    public void Train_rejects_an_unknown_model()
    {
        var r = CliRunner.Run(CliRunner.TempDir(), "train", "lemmas", "--train", "a", "--dev", "b");
        Assert.NotEqual(0, r.ExitCode);
        Assert.Contains("tagger, parser, names, events, triggers, roles or codes", r.Stdout + r.Stderr);
    }

    [Fact]
    public void Lexicon_import_petrarch_converts_a_verb_dictionary_into_coding_verbs_tsv()
    {
        var dir = CliRunner.TempDir();
        // A small dictionary in the PETRARCH-2 verb format, written for this test, with one malformed pattern.
        File.WriteAllText(Path.Combine(dir, "verbs.txt"), """
            &FOOD
            +FOOD
            +MEDICINE

            --- GIVE [070] ---
            GIVE
            - * &FOOD (TO) [073]
            - * AID [

            --- HURRY [---] ---
            RUSH
            - * (TO) [042:043]
            """);
        var r = CliRunner.Run(dir, "lexicon", "import-petrarch", "verbs.txt", "--out", "petr");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Contains("verbs.txt:8:", r.Stderr);
        var rows = File.ReadAllLines(Path.Combine(dir, "petr", "coding", "verbs.tsv")).Where(l => l.Length > 0 && l[0] != '#').ToList();
        Assert.Equal(["give\tverb\t070\t-\t-", "give food\tphrase\t073\tto\tprep", "give medicine\tphrase\t073\tto\tprep", "rush\tverb\t042\tto\tprep"], rows);
        Assert.False(Directory.Exists(Path.Combine(dir, "petr", "actors")));

        // Nothing readable: a folder without any dictionary.
        Directory.CreateDirectory(Path.Combine(dir, "empty"));
        Assert.NotEqual(0, CliRunner.Run(dir, "lexicon", "import-petrarch", "empty", "--out", "x").ExitCode);
    }

    private static bool TryGet(JsonElement e, string dotted, out JsonElement value)
    {
        value = e;
        foreach (var part in dotted.Split('.'))
        {
            if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty(part, out value)) return false;
        }
        return true;
    }
}
