namespace ContentApi.Common.Hosting;

/// <summary>
/// A setting the app cannot start with (a missing shared key, an unknown provider, a bad proxy
/// address). Its message says what to set. The process prints it as one line on stderr and exits
/// with <see cref="ExitCode"/>: a stack trace would bury the one thing the operator must read.
/// </summary>
public sealed class StartupRefusal(string message) : InvalidOperationException(message)
{
    public const int ExitCode = 2;

    /// <summary>
    /// Only where this app is the process (not when a test host builds it in its own): a refusal
    /// thrown anywhere in start-up ends the process with one line instead of the runtime's
    /// "Unhandled exception" and stack. Any other exception still shows its stack: that is a bug.
    /// </summary>
    public static void ExitCleanlyOnRefusal()
    {
        if (System.Reflection.Assembly.GetEntryAssembly() != typeof(StartupRefusal).Assembly)
        {
            return;
        }
        AppDomain.CurrentDomain.UnhandledException += (_, e) =>
        {
            if (e.ExceptionObject is StartupRefusal refusal)
            {
                Console.Error.WriteLine($"ContentApi cannot start: {refusal.Message}");
                Environment.Exit(ExitCode);
            }
        };
    }
}
