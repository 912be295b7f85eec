using BenchmarkDotNet.Running;

// Run: dotnet run -c Release --project bench/Tidings.Benchmarks -- --filter '*'
// Processor time instead of wall time (a shared machine): dotnet run -c Release --project bench/Tidings.Benchmarks -- cpu [parser-neural.bin ...]
if (args.Length > 0 && args[0] == "cpu") return Tidings.Benchmarks.ProcessorTime.Run(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(Tidings.Benchmarks.Samples).Assembly).Run(args);
return 0;
