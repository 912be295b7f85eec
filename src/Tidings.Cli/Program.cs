using Spectre.Console.Cli;
using Tidings.Cli;
using Tidings.Cli.Commands;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("tidings");
    config.PropagateExceptions();
    config.AddCommand<CodeCommand>("code")
        .WithDescription("Code articles (files, folders, or - for stdin) into CAMEO/PLOVER events and print them; stores them unless --no-store.")
        .WithExample("code", "samples/")
        .WithExample("code", "article.txt", "--published", "2025-07-30", "--format", "jsonl");
    config.AddCommand<IngestCommand>("ingest")
        .WithDescription("Read, code and store articles in a database, with progress; an article already stored is skipped.")
        .WithExample("ingest", "samples/", "--db", "news.duckdb");
    config.AddCommand<EventsCommand>("events")
        .WithDescription("Query stored events by actor, CAMEO code and date.")
        .WithExample("events", "--db", "news.duckdb", "--actor", "SYR", "--cameo", "04");
    config.AddCommand<ExportCommand>("export")
        .WithDescription("Export stored events as GDELT 2.0 rows, JSON lines, CSV or Parquet.")
        .WithExample("export", "--db", "news.duckdb", "--format", "gdelt", "--out", "events.tsv");
    config.AddCommand<ExplainCommand>("explain")
        .WithDescription("Show tokens, tags, actors, dates, places and the events of one sentence, with the rule behind each.")
        .WithExample("explain", "\"Turkish troops shelled Kurdish positions on Monday.\"");
    config.AddCommand<EvalCommand>("eval")
        .WithDescription("Score the coder against a gold file of sentences with expected (source, target, CAMEO) events.")
        .WithExample("eval", "gold/coder-dev.jsonl", "--split", "dev");
    config.AddCommand<EvalTokenizeCommand>("eval-tokenize")
        .WithDescription("Score sentence segmentation and tokenization against a CoNLL-U file's raw text.");
    config.AddCommand<TrainCommand>("train")
        .WithDescription("Train the tagger or the parser from a UD treebank (CoNLL-U), or the name tagger from UNER IOB2 files, into a model file.")
        .WithExample("train", "tagger", "--train", "en_ewt-ud-train.conllu.gz", "--dev", "en_ewt-ud-dev.conllu", "--out", "data/models")
        .WithExample("train", "names", "--train", "en_ewt-ud-train.iob2", "--dev", "en_ewt-ud-dev.iob2", "--pos", "--pos-treebank", "en_ewt-ud-train.conllu.gz", "--out", "data/models");
    config.AddCommand<EvalSyntaxCommand>("eval-syntax")
        .WithDescription("Score tagging, lemmas and dependency parsing against a UD treebank (CoNLL 2018 manner), from gold words and from raw text.")
        .WithExample("eval-syntax", "--gold", "en_ewt-ud-test.conllu");
    config.AddCommand<ParseCommand>("parse")
        .WithDescription("Tokenize, tag, lemmatize and parse articles and write CoNLL-U, for UD tools.")
        .WithExample("parse", "samples/", "--format", "conllu");
    config.AddCommand<EvalTimeCommand>("eval-time")
        .WithDescription("Score time expressions (TIMEX3 extraction, type and value) against TempEval-3 TimeML or MEANTIME files.")
        .WithExample("eval-time", "../shared/data/tempeval3-platinum");
    config.AddCommand<ActorsCommand>("actors")
        .WithDescription("Show each actor mention with its CAMEO code, country and the rule behind it.")
        .WithExample("actors", "\"Syria's foreign minister met Sergei Lavrov in Moscow.\"", "--date", "2025-07-29");
    config.AddCommand<EvalActorsCommand>("eval-actors")
        .WithDescription("Score actor detection and CAMEO coding on an actor gold file (gold/actors-gold.jsonl).");
    config.AddBranch("lexicon", l => l.AddCommand<LexiconImportCommand>("import-petrarch")
        .WithDescription("Convert PETRARCH/TABARI actor, agent and verb dictionaries into lexicon TSV files (use them with TIDINGS_DATA)."));
    config.AddBranch("gazetteer", g => g.AddCommand<GazetteerImportCommand>("import")
        .WithDescription("Build a full gazetteer file from a GeoNames dump (cities*.txt|zip, admin1CodesASCII.txt, countryInfo.txt)."));
    config.AddCommand<EvalGeoCommand>("eval-geo")
        .WithDescription("Score toponym recognition and resolution (within 161 km) on GeoVirus or GeoWebNews XML.");
    config.AddCommand<EvalPloverCommand>("eval-plover")
        .WithDescription("Share of the NGEC synthetic PLOVER stories in which an event of the story's label is coded, per label.");
    config.AddCommand<WordClassesCommand>("wordclasses")
        .WithDescription("Compute distributional word classes from unlabeled text (exchange algorithm), for the name tagger's class features.")
        .WithExample("wordclasses", "en_ewt-ud-train.conllu.gz", "GeoVirus.xml", "--out", "data/models/wordclasses.tsv");
    config.AddCommand<BenchCommand>("bench")
        .WithDescription("Measure single-thread pipeline throughput (sentences/s) and peak memory on a set of articles.");
});

try
{
    // Spectre.Console.Cli reads a lone "-" as an option marker; the Unix convention is "standard input".
    return app.Run(args.Select(a => a == "-" ? Inputs.StdinMarker : a));
}
catch (CommandParseException ex)
{
    Console.Error.WriteLine($"tidings: {ex.Message}");
    return 2;
}
catch (CommandRuntimeException ex)
{
    Console.Error.WriteLine($"tidings: {ex.Message}");
    return 2;
}
catch (CliException ex)
{
    Console.Error.WriteLine($"tidings: {ex.Message}");
    return ex.ExitCode;
}
catch (InvalidDataException ex)
{
    // A damaged data or model file (gazetteer, lexicon, model): the message names the file and line.
    Console.Error.WriteLine($"tidings: {ex.Message}");
    return 2;
}
catch (Tidings.Storage.StoreException ex)
{
    Console.Error.WriteLine($"tidings: {ex.Message}");
    return 2;
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("tidings: cancelled");
    return 130;
}
catch (Exception ex)
{
    // A bug, not bad input (stages return results for messy input): say so in one line, keep the detail.
    Console.Error.WriteLine($"tidings: internal error: {ex.GetType().Name}: {ex.Message}");
    if (Environment.GetEnvironmentVariable("TIDINGS_DEBUG") is "1") Console.Error.WriteLine(ex);
    return 70;
}
