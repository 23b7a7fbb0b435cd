using System.Runtime.InteropServices;
using ContentApi.Benchmarks.Baseline;
using ContentApi.Benchmarks.Generation;
using ContentApi.Benchmarks.Running;

namespace ContentApi.Benchmarks;

/// <summary>
/// The entry point. Not top-level statements: ContentApi already defines a global Program class.
/// </summary>
public static class BenchmarkCli
{
    private const string Usage = """
        usage:
          generate --articles N --db PATH
          postgres-data [--articles 100000] --postgres "Host=127.0.0.1;Port=55450;Username=postgres"
          baseline --port P --body FILE
          run [--articles 100000] [--duration 10] [--connections 32] [--threads min(2,connections)] [--warmup 3]
              [--output-cache on|off] [--scenarios article,list,related,revalidate | a,b,... | all]
              [--provider sqlite|postgres] [--postgres "Host=127.0.0.1;Port=55450;Username=postgres"]
          coldstart [--runs 5] [--output-cache on|off] [--against OTHER/ContentApi.dll]
          writes [--articles 100000] [--sequential 100] [--writers 8] [--duration 60] [--provider sqlite|postgres] [--postgres ...]
          compare-providers --postgres "Host=...;Port=...;Username=..." [--articles 100000] [--rounds 1] [--duration 10]
              [--query-duration 5] [--sequential 100] [--writers 8] [--writers-duration 30]
          media [--duration 5] [--connections 32] [--samples 7] [--api-port P] [--raw-port P]
          soak [--articles 10000] [--duration 300] [--readers 16] [--editors 4] [--write-interval-ms 1000] [--port 5121]
          editing [--articles 10000] [--duration 30] [--connections 32] [--warmup 10] [--write-interval-ms 2000]
              [--api-port P] [--raw-port P] [--api-dll PATH]
          wxr [--posts 10000] [--port 5600]
        """;

    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        using var stopping = new CancellationTokenSource();
        // Ctrl+C or a kill: cancel instead of dying, so the finally blocks stop the child processes.
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        void Stop(PosixSignalContext signal)
        {
            signal.Cancel = true;
            stopping.Cancel();
        }

        try
        {
            var options = new CommandLine(args[1..]);
            return args[0] switch
            {
                "generate" => await GenerateAsync(options, stopping.Token),
                "postgres-data" => await PreparePostgresAsync(options, stopping.Token),
                "baseline" => await RawBaseline.RunAsync(options.Number("port"), options.Path("body"), stopping.Token),
                "run" => await BenchmarkRun.FromOptions(options).RunAsync(stopping.Token),
                "coldstart" => await ColdStartRun.RunAsync(options, stopping.Token),
                "writes" => await WriteRun.RunAsync(options, stopping.Token),
                "compare-providers" => await Comparing.ProviderComparison.RunAsync(options, stopping.Token),
                "media" => await new Media.MediaRun(options, RepoPaths.Find()).RunAsync(stopping.Token),
                "soak" => await Soak.SoakRun.RunAsync(options, stopping.Token),
                "editing" => await Editing.EditingRun.RunAsync(options, stopping.Token),
                "wxr" => await Import.WxrRun.RunAsync(options, stopping.Token),
                _ => throw new ArgumentException($"Unknown command '{args[0]}'."),
            };
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(Usage);
            return 2;
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or IOException or FormatException)
        {
            Console.Error.WriteLine($"Failed: {e.Message}");
            return 1;
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            Console.Error.WriteLine("Stopped.");
            return 130;
        }
    }

    private static async Task<int> PreparePostgresAsync(CommandLine options, CancellationToken cancellationToken)
    {
        var paths = RepoPaths.Find();
        BenchmarkRun.EnsureApiPublished(paths);
        var scratch = Directory.CreateTempSubdirectory("contentapi-pgdata-");
        await Postgres.PostgresTemplate.EnsureAsync(paths, options.Number("articles", 100_000),
            new Postgres.PostgresServer(options.Text("postgres") ?? throw new ArgumentException("--postgres is required.")), scratch.FullName, cancellationToken);
        scratch.Delete(recursive: true);
        return 0;
    }

    private static async Task<int> GenerateAsync(CommandLine options, CancellationToken cancellationToken)
    {
        await ContentGenerator.GenerateAsync(options.Number("articles"), options.Path("db"), cancellationToken);
        return 0;
    }
}
