using BenchmarkDotNet.Running;

// Run: dotnet run -c Release --project bench/Tidings.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Tidings.Benchmarks.Samples).Assembly).Run(args);
