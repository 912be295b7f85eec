using System.ComponentModel;
using System.Diagnostics;
using Spectre.Console;
using Spectre.Console.Cli;
using Tidings.Actors;
using Tidings.Syntax;

namespace Tidings.Cli.Commands;

public sealed class TrainSettings : CommandSettings
{
    [CommandArgument(0, "<MODEL>")]
    [Description("What to train: tagger (UPOS, XPOS and lemmas), parser (dependencies), names (PER/ORG/LOC name tagger) events (the event scorer, from the tunable gold of --gold), triggers (the learned trigger model for sentences the rules leave uncoded, from the same gold) or roles (the learned target chooser, from the same gold).")]
    public string Model { get; init; } = "";

    [CommandOption("--train <FILE>")]
    [Description("Training treebank, CoNLL-U (plain or .gz), e.g. en_ewt-ud-train.conllu.gz; for names an IOB2 file (UNER).")]
    public string? Train { get; init; }

    [CommandOption("--dev <FILE>")]
    [Description("Development treebank, CoNLL-U (names: IOB2): picks the best epoch.")]
    public string? Dev { get; init; }

    [CommandOption("--out <DIR>")]
    [Description("Folder for the model file (<MODEL>.bin). Default: data/models.")]
    [DefaultValue("data/models")]
    public string Out { get; init; } = "data/models";

    [CommandOption("--epochs <N>")]
    [Description("Training passes (the best epoch on --dev is kept).")]
    public int? Epochs { get; init; }

    [CommandOption("--folds <N>")]
    [Description("Jackknife folds. Tagger: for the stacked second pass (0 = one pass). Parser: for re-tagging the training sentences (0 = train on gold tags). Default 4.")]
    public int? Folds { get; init; }

    [CommandOption("--title-case <SHARE>")]
    [Description("Tagger: share of training sentences also given in headline title case. Default 0.1.")]
    public double? TitleCase { get; init; }

    [CommandOption("--fronted-copies <N>")]
    [Description("Tagger and parser: copies of each treebank sentence whose time phrase can move between subject and verb, with it moved (\"China on Tuesday imposed ...\"). Default 0 (see README: it cost EWT dev UAS).")]
    public int? FrontedCopies { get; init; }

    [CommandOption("--tagger <FILE>")]
    [Description("Parser: the tagger model whose tags the parser will see (default: the embedded one).")]
    public string? Tagger { get; init; }

    [CommandOption("--with-gold-tags")]
    [Description("Parser: train on the gold-tagged sentences as well as the re-tagged ones (twice the data, twice the time).")]
    public bool WithGoldTags { get; init; }

    [CommandOption("--beam <N>")]
    [Description("Parser: beam width (1 = greedy with the dynamic oracle; more = beam search with a structured perceptron). Default 1.")]
    public int? Beam { get; init; }

    [CommandOption("--greedy-epochs <N>")]
    [Description("Parser with a beam: greedy dynamic-oracle epochs before the beam epochs. Default 0.")]
    public int? GreedyEpochs { get; init; }

    [CommandOption("--max-violation")]
    [Description("Parser with a beam: max-violation updates instead of early updates.")]
    public bool MaxViolation { get; init; }

    [CommandOption("--right-to-left")]
    [Description("Parser: train on the sentences reversed, for the right-to-left parser that the combined parser reads beside the left-to-right one (written as parser-rl.bin).")]
    public bool RightToLeft { get; init; }

    [CommandOption("--stacked")]
    [Description("Parser: train a stacked parser (a graph-based guide parser, jackknifed, whose tree the transition parser reads as features; written as parser-stacked.bin, guide included).")]
    public bool Stacked { get; init; }

    [CommandOption("--graph")]
    [Description("Parser: train the graph-based (first-order, Eisner) parser that the combined parser can read beside the transition parser (written as parser-graph.bin).")]
    public bool Graph { get; init; }

    [CommandOption("--save-retagged <FILE>")]
    [Description("Parser: also write the re-tagged training sentences as CoNLL-U, to train again on them later with --folds 0 without re-tagging.")]
    public string? SaveRetagged { get; init; }

    [CommandOption("--lemmas-only <TAGGER>")]
    [Description("Tagger: keep the tagging models of the TAGGER model file and retrain only its lemmatizer (seconds, not minutes).")]
    public string? LemmasOnly { get; init; }

    [CommandOption("--with-dev")]
    [Description("Names: after choosing the epoch count on --dev, train again on train + dev for that many epochs (the final model).")]
    public bool WithDev { get; init; }

    [CommandOption("--pos")]
    [Description("Names: use the part-of-speech tags of our tagger (data/models/tagger.bin) as features.")]
    public bool Pos { get; init; }

    [CommandOption("--pos-treebank <FILE>")]
    [Description("Names with --pos: the UD treebank of the training sentences (same sent_ids); taggers trained on 3/4 of it tag the rest (jackknifing), so the name model learns from tags as wrong as at run time.")]
    public string? PosTreebank { get; init; }

    [CommandOption("--ensemble <N>")]
    [Description("Names: average the weights of N models trained with seeds --seed, --seed + 1, ... (steadier than one shuffle order). Default 1.")]
    public int? Ensemble { get; init; }

    [CommandOption("--prune <W>")]
    [Description("Names and parser: averaged weights below W in magnitude are dropped from the model. Default 0.001 (names), 1.0 (parser; 2.0 for the right-to-left parser, see README).")]
    public float? Prune { get; init; }

    [CommandOption("--word-classes")]
    [Description("Names: use the distributional word classes of data/models/wordclasses.tsv (tidings wordclasses) as features.")]
    public bool WordClasses { get; init; }

    [CommandOption("--pos-tags-cache <FILE>")]
    [Description("Names with --pos-treebank: the jackknifed tags of the training sentences are read from FILE when it exists, else computed and written there (jackknifing takes most of a training run; the tags depend only on the treebank, folds and seed).")]
    public string? PosTagsCache { get; init; }

    [CommandOption("--two-stage")]
    [Description("Names: a second model reads what a first model made of the rest of each document (UNER's # newdoc id): its labels of the word's other occurrences and the names it found (jackknifed for the training documents).")]
    public bool TwoStage { get; init; }

    [CommandOption("--cv <K>")]
    [Description("Events: instead of training, report grouped cross-validation over K folds of whole gold splits (real news as two more folds). Names: instead of training a model, score the options by K-fold cross-validation over the training documents (each fold tagged by a model trained on the others for --epochs epochs, default 6; no dev selection): a steadier comparison than the small dev file.")]
    public int? CrossValidate { get; init; }

    [CommandOption("--errors <FILE>")]
    [Description("Names: write the dev sentences the chosen model gets wrong (gold and predicted spans) to FILE, for error analysis.")]
    public string? Errors { get; init; }

    [CommandOption("--supertag-passes <N>")]
    [Description("Parser: 2 stacks a second supertagger pass that reads the first pass's guesses of the words to the right. Default 1.")]
    public int? SupertagPasses { get; init; }

    [CommandOption("--head-tags")]
    [Description("Parser: also train a head tagger (each word's head's part of speech and side) whose guesses the parser reads.")]
    public bool HeadTags { get; init; }

    [CommandOption("--no-supertag-alternatives")]
    [Description("Parser: do not give the parser each word's runner-up supertag where the supertagger was unsure (read by default since session 8).")]
    public bool NoSupertagAlternatives { get; init; }

    [CommandOption("--neural")]
    [Description("Parser: train the BiLSTM parser (Kiperwasser & Goldberg 2016; written as parser-neural.bin) instead of the perceptron one.")]
    public bool Neural { get; init; }

    [CommandOption("--lstm-hidden <N>")]
    [Description("Neural parser: units per direction of each BiLSTM layer. Default 100.")]
    public int? LstmHidden { get; init; }

    [CommandOption("--lstm-layers <N>")]
    [Description("Neural parser: BiLSTM layers. Default 2.")]
    public int? LstmLayers { get; init; }

    [CommandOption("--mlp-hidden <N>")]
    [Description("Neural parser: hidden units of the transition-scoring MLP. Default 100.")]
    public int? MlpHidden { get; init; }

    [CommandOption("--word-dim <N>")]
    [Description("Neural parser: word embedding size. Default 100.")]
    public int? WordDim { get; init; }

    [CommandOption("--suffix-dim <N>")]
    [Description("Neural parser: size of the embedding of each word's last three characters. Default 0 (none).")]
    public int? SuffixDim { get; init; }

    [CommandOption("--cluster-dim <N>")]
    [Description("Neural parser: size of the embedding of each word's class in data/models/wordclasses.tsv. Default 0 (none).")]
    public int? ClusterDim { get; init; }

    [CommandOption("--shape-dim <N>")]
    [Description("Neural parser: size of the embedding of each word's shape (capitals, digits, punctuation). Default 0 (none).")]
    public int? ShapeDim { get; init; }

    [CommandOption("--dropout <RATE>")]
    [Description("Neural parser: dropout on the BiLSTM outputs in training. Default 0.")]
    public float? Dropout { get; init; }

    [CommandOption("--learning-rate <R>")]
    [Description("Neural parser: Adam step size. Default 0.001.")]
    public float? LearningRate { get; init; }

    [CommandOption("--lr-decay <F>")]
    [Description("Neural parser: the Adam step size is multiplied by F after every epoch. Default 1.")]
    public float? LearningRateDecay { get; init; }

    [CommandOption("--batch <N>")]
    [Description("Neural parser: sentences per Adam step. Default 4.")]
    public int? Batch { get; init; }

    [CommandOption("--explore <P>")]
    [Description("Neural parser: from epoch 2, probability of following the model's wrong transition. Default 0.9.")]
    public double? Explore { get; init; }

    [CommandOption("--aggressive <P>")]
    [Description("Neural parser: from epoch 2, probability of following the best wrong transition when the right one wins by less than the margin (Kiperwasser & Goldberg's p_agg). Default 0.")]
    public double? Aggressive { get; init; }

    [CommandOption("--average <DECAY>")]
    [Description("Neural parser: score dev and save the checkpoint with a moving average of the weights of this decay per Adam step (e.g. 0.999). Default 0 (off).")]
    public float? Average { get; init; }

    [CommandOption("--max-sentences <N>")]
    [Description("Neural parser: train on the first N sentences only (quick experiments).")]
    public int? MaxSentences { get; init; }

    [CommandOption("--minutes <M>")]
    [Description("Neural parser: start no epoch that would end past M minutes of training.")]
    public double? Minutes { get; init; }

    [CommandOption("--gold <DIR>")]
    [Description("Events: the folder of the gold files (events-gold, coder-dev, samples-gold, realnews-gold .jsonl). Default: gold.")]
    [DefaultValue("gold")]
    public string Gold { get; init; } = "gold";

    [CommandOption("--seed <N>")]
    [DefaultValue(1)]
    public int Seed { get; init; } = 1;

    public override ValidationResult Validate()
    {
        if (Model is not ("tagger" or "parser" or "names" or "events" or "triggers" or "roles" or "codes")) return ValidationResult.Error($"unknown model '{Model}': expected tagger, parser, names, events, triggers, roles or codes");
        if (Model is "events" or "triggers" or "roles" or "codes") return Epochs is < 1 or > 100 ? ValidationResult.Error("--epochs must be between 1 and 100") : ValidationResult.Success();
        if (Train is null) return ValidationResult.Error("--train FILE is required");
        if (Dev is null) return ValidationResult.Error("--dev FILE is required");
        if (Beam is < 1 or > 64) return ValidationResult.Error("--beam must be between 1 and 64");
        if (Epochs is < 1 or > 100) return ValidationResult.Error("--epochs must be between 1 and 100");
        return ValidationResult.Success();
    }
}

/// <summary><c>tidings train</c>: trains a model from a UD treebank and writes it as a checksummed model file.</summary>
public sealed class TrainCommand : Command<TrainSettings>
{
    public override int Execute(CommandContext context, TrainSettings s, CancellationToken cancellationToken)
    {
        if (s.Model == "names") return TrainNames(s);
        if (s.Model == "events") return TrainEvents.Run(s, cancellationToken);
        if (s.Model == "triggers") return TrainTriggers.Run(s, cancellationToken);
        if (s.Model == "roles") return TrainRoles.Run(s, cancellationToken);
        if (s.Model == "codes") return TrainCodes.Run(s, cancellationToken);
        var train = ReadTreebank(s.Train!);
        var dev = ReadTreebank(s.Dev!);
        var clock = Stopwatch.StartNew();
        void Progress(string m) => AnsiConsole.MarkupLineInterpolated($"[grey]{clock.Elapsed:mm\\:ss}[/] {m}");
        Progress($"{train.Count:N0} training and {dev.Count:N0} development sentences");
        var description = $"trained {DateTime.UtcNow:yyyy-MM-dd} on {Path.GetFileName(s.Train)} ({train.Count} sentences), selected on {Path.GetFileName(s.Dev)}";
        string path = Path.Combine(s.Out, s.Model == "parser" && s.Neural ? "parser-neural.bin" : s.Model == "parser" && s.Graph ? "parser-graph.bin" : s.Model == "parser" && s.Stacked ? "parser-stacked.bin" : s.Model == "parser" && s.RightToLeft ? "parser-rl.bin" : s.Model + ".bin");
        switch (s.Model)
        {
            case "tagger":
                var opts = new PerceptronTagger.Options { Seed = s.Seed };
                if (s.Epochs is { } e) opts = opts with { Epochs = e };
                if (s.Folds is { } f) opts = opts with { Folds = f };
                if (s.TitleCase is { } tc) opts = opts with { TitleCaseShare = tc };
                if (s.FrontedCopies is { } fc) opts = opts with { FrontedTimeCopies = fc };
                var tagger = s.LemmasOnly is { } existing
                    ? LoadTagger(existing).WithLemmas(LemmaModel.Train(train))
                    : PerceptronTagger.Train(train, dev, opts, Progress, description);
                tagger.Save(path);
                break;
            case "parser":
            {
                // The parser must learn from tags as wrong as those it will get: the training sentences are
                // re-tagged by taggers that never saw them (jackknifing), dev by the tagger used at run time.
                var runTagger = s.Tagger is { } tp ? LoadTagger(tp) : PerceptronTagger.Default
                    ?? throw new CliException("no tagger model: train one first (tidings train tagger) or give --tagger FILE");
                var jackknifed = s.Folds is 0 ? train
                    : PerceptronTagger.Jackknife(train, s.Folds ?? 4, new PerceptronTagger.Options { Seed = s.Seed, Epochs = 7, FrontedTimeCopies = s.FrontedCopies ?? 0 }, Progress);
                if (s.SaveRetagged is { } sr)
                {
                    using var w = new StreamWriter(sr);
                    foreach (var sentence in jackknifed) Conllu.Write(w, sentence);
                }
                if (s.WithGoldTags) jackknifed = [.. jackknifed, .. train];
                var retaggedDev = dev.Select(runTagger.Retag).ToList();
                var popts = new ParserTrainingOptions { Seed = s.Seed, FrontedTimeCopies = s.FrontedCopies ?? 0 };
                if (s.Epochs is { } pe) popts = popts with { Epochs = pe };
                if (s.Beam is { } pb) popts = popts with { Beam = pb };
                if (s.GreedyEpochs is { } ge) popts = popts with { GreedyEpochs = ge };
                if (s.MaxViolation) popts = popts with { MaxViolation = true };
                if (s.RightToLeft) popts = popts with { RightToLeft = true };
                if (s.Prune is { } pp) popts = popts with { Prune = pp };
                if (s.Stacked) popts = popts with { Stacked = true };
                if (s.SupertagPasses is { } sp) popts = popts with { SupertagPasses = sp };
                if (s.HeadTags) popts = popts with { HeadTags = true };
                if (s.NoSupertagAlternatives) popts = popts with { SupertagAlternatives = false };
                if (s.Neural)
                {
                    var nopts = new Syntax.Neural.NeuralParserOptions { Seed = s.Seed };
                    var shape = nopts.Shape;
                    if (s.LstmHidden is { } lh) shape = shape with { LstmHidden = lh };
                    if (s.LstmLayers is { } ll) shape = shape with { LstmLayers = ll };
                    if (s.MlpHidden is { } mh) shape = shape with { MlpHidden = mh };
                    if (s.WordDim is { } wd) shape = shape with { WordDim = wd };
                    if (s.SuffixDim is { } sd) shape = shape with { SuffixDim = sd };
                    if (s.ClusterDim is { } cd) shape = shape with { ClusterDim = cd };
                    if (s.ShapeDim is { } hd) shape = shape with { ShapeDim = hd };
                    nopts = nopts with { Shape = shape };
                    if (s.Epochs is { } ne) nopts = nopts with { Epochs = ne };
                    if (s.Dropout is { } dr) nopts = nopts with { Dropout = dr };
                    if (s.LearningRate is { } lr) nopts = nopts with { LearningRate = lr };
                    if (s.Batch is { } bt) nopts = nopts with { Batch = bt };
                    if (s.LearningRateDecay is { } lrd) nopts = nopts with { LearningRateDecay = lrd };
                    if (s.Explore is { } ex) nopts = nopts with { Explore = ex };
                    if (s.Aggressive is { } ag) nopts = nopts with { AggressiveExplore = ag };
                    if (s.Average is { } av) nopts = nopts with { AverageDecay = av };
                    if (s.MaxSentences is { } ms) nopts = nopts with { MaxSentences = ms };
                    if (s.Minutes is { } mn) nopts = nopts with { MaxMinutes = mn };
                    nopts = nopts with { Checkpoint = path };
                    Syntax.Neural.NeuralParser.Train(jackknifed, retaggedDev, nopts, Progress).Save(path);
                    break;
                }
                if (s.Graph)
                {
                    // Weights of the structured perceptron are averaged over sentences, not transitions: smaller.
                    if (s.Prune is null) popts = popts with { Prune = GraphParser.DefaultPrune };
                    GraphParser.Train(jackknifed, retaggedDev, popts, Progress).Save(path);
                    break;
                }
                var parser = DependencyParser.Train(jackknifed, retaggedDev, popts, Progress);
                parser.Save(path);
                break;
            }
            default:
                throw new CliException($"training '{s.Model}' is not available in this build", 2);
        }
        Progress($"wrote {path} ({new FileInfo(path).Length / 1024.0 / 1024.0:F1} MB) in {clock.Elapsed:mm\\:ss}");
        return 0;
    }

    // The name tagger learns from IOB2 files (UNER); with --with-dev the epoch count chosen on dev is reused to
    // train the final model on train + dev, where no held-out set is left to choose it.
    private static int TrainNames(TrainSettings s)
    {
        var train = ReadIob2(s.Train!);
        var dev = ReadIob2(s.Dev!);
        var clock = Stopwatch.StartNew();
        void Progress(string m) => AnsiConsole.MarkupLineInterpolated($"[grey]{clock.Elapsed:mm\\:ss}[/] {m}");
        Progress($"{train.Count:N0} training and {dev.Count:N0} development sentences");
        var opts = new NameTaggerOptions { Seed = s.Seed, UsePos = s.Pos, UseWordClasses = s.WordClasses, Ensemble = s.Ensemble ?? 1, Prune = s.Prune ?? 1e-3f,
                         TwoStage = s.TwoStage };
        if (s.Epochs is { } e) opts = opts with { Epochs = e };
        Dictionary<string, string[]>? tags = null;
        if (s.PosTagsCache is { } cache && File.Exists(cache))
        {
            tags = File.ReadLines(cache).Select(l => l.Split('\t')).Where(p => p.Length == 2)
                       .ToDictionary(p => p[0], p => p[1].Split(' '));
            Progress($"read the jackknifed tags of {tags.Count:N0} sentences from {cache}");
        }
        else if (s.PosTreebank is { } tb)
        {
            var jackknifed = PerceptronTagger.Jackknife(ReadTreebank(tb), s.Folds ?? 4, new PerceptronTagger.Options { Seed = s.Seed, Epochs = 7, FrontedTimeCopies = s.FrontedCopies ?? 0 }, Progress);
            tags = jackknifed.Where(x => x.SentenceId is not null).GroupBy(x => x.SentenceId!)
                             .ToDictionary(g => g.Key, g => g.First().Words.Select(w => w.Xpos).ToArray());
            if (s.PosTagsCache is { } write)
                File.WriteAllLines(write, tags.Select(kv => kv.Key + "\t" + string.Join(' ', kv.Value)));
        }
        if (s.CrossValidate is int k and > 1)
        {
            var docs = NameTagger.DocumentsOf(train).ToList();
            var gold = new List<IReadOnlyList<NameSpan>>();
            var predicted = new List<IReadOnlyList<NameSpan>>();
            int fixedEpochs = s.Epochs ?? 6;
            for (int fold = 0; fold < k; fold++)
            {
                var part = docs.Where((_, d) => d % k != fold).SelectMany(x => train.GetRange(x.Start, x.Count)).ToList();
                var cvTagger = NameTagger.Train(part, [], opts with { Epochs = fixedEpochs, Stage1Epochs = fixedEpochs, SelectOnDev = false }, null, tags);
                foreach (var (start, count) in docs.Where((_, d) => d % k == fold))
                {
                    var held = train.GetRange(start, count);
                    // the held-out sentences' jackknifed tags: the default tagger was trained on them
                    var heldTags = held.Select(x => x.SentId is not null && tags is not null && tags.TryGetValue(x.SentId, out var t) ? t : null).ToList();
                    predicted.AddRange(cvTagger.TagDocument(held.Select(x => (IReadOnlyList<string>)x.Words).ToList(), heldTags));
                    gold.AddRange(held.Select(x => (IReadOnlyList<NameSpan>)Iob2.Spans(x.Tags)));
                }
                Progress($"fold {fold + 1}/{k}: {NameScorer.Score(gold, predicted).Total}");
            }
            Progress($"{k}-fold cross-validation, {fixedEpochs} epochs:\n" + NameScorer.Score(gold, predicted));
            return 0;
        }
        var tagger = NameTagger.Train(train, dev, opts, Progress, tags);
        Progress("dev:\n" + tagger.Evaluate(dev));
        if (s.Errors is { } errorsPath) WriteNameErrors(tagger, dev, errorsPath);
        if (s.WithDev)
        {
            int epochs = tagger.ChosenEpoch;
            Progress($"retraining on train + dev for {epochs} epochs");
            tagger = NameTagger.Train([.. train, .. dev], [], opts with { Epochs = epochs, Stage1Epochs = tagger.ChosenStage1Epoch, SelectOnDev = false }, Progress, tags);
        }
        string path = Path.Combine(s.Out, "names.bin");
        tagger.Save(path);
        Progress($"wrote {path} ({new FileInfo(path).Length / 1024.0 / 1024.0:F1} MB) in {clock.Elapsed:mm\\:ss}");
        return 0;
    }

    private static void WriteNameErrors(NameTagger tagger, List<Iob2Sentence> dev, string path)
    {
        using var w = new StreamWriter(path);
        string Show(string[] words, IEnumerable<NameSpan> spans) =>
            string.Join("; ", spans.Select(x => $"{string.Join(' ', words[x.Start..x.End])}/{x.Type}"));
        var tagged = new List<IReadOnlyList<NameSpan>>(dev.Count);
        foreach (var (start, count) in NameTagger.DocumentsOf(dev))
            tagged.AddRange(tagger.TagDocument(dev.GetRange(start, count).Select(x => (IReadOnlyList<string>)x.Words).ToList()));
        for (int k = 0; k < dev.Count; k++)
        {
            var s = dev[k];
            var words = s.Words;
            var gold = Iob2.Spans(s.Tags);
            var predicted = tagged[k];
            if (gold.SequenceEqual(predicted)) continue;
            w.WriteLine(string.Join(' ', words));
            w.WriteLine("  missed:   " + Show(words, gold.Except(predicted)));
            w.WriteLine("  spurious: " + Show(words, predicted.Except(gold)));
        }
    }

    private static List<Iob2Sentence> ReadIob2(string path)
    {
        try { return Iob2.ReadFile(path); }
        catch (FileNotFoundException) { throw new CliException($"IOB2 file '{path}' does not exist", 2); }
        catch (InvalidDataException e) { throw new CliException(e.Message, 1); }
    }

    private static PerceptronTagger LoadTagger(string path)
    {
        try { return PerceptronTagger.Load(path); }
        catch (FileNotFoundException) { throw new CliException($"tagger model '{path}' does not exist"); }
    }

    internal static List<ConlluSentence> ReadTreebank(string path)
    {
        try { return Conllu.ReadFile(path).ToList(); }
        catch (FileNotFoundException) { throw new CliException($"treebank '{path}' does not exist", 2); }
        catch (InvalidDataException e) { throw new CliException(e.Message, 1); }
    }
}
