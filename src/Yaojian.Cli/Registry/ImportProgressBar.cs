using Spectre.Console;
using Yaojian.Cli.Hosting;
using Yaojian.Cli.Resources;
using Yaojian.Core.Registry.Interchange;

namespace Yaojian.Cli.Registry;

/// <summary>One bar per import stage (read, check, write), driven by the handler's <see cref="ImportProgress"/>.</summary>
internal static class ImportProgressBar
{
    /// <summary>Bars redraw in place, which only a terminal shows; a log file gets the summary line alone.</summary>
    public static bool CanShow => AnsiConsole.Profile.Capabilities.Interactive;

    public static Task<ImportResult> RunAsync(Func<IProgress<ImportProgress>, Task<ImportResult>> import) =>
        AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var read = context.AddTask(CliText.Stage_Read, autoStart: false);
                var check = context.AddTask(CliText.Stage_Check, autoStart: false);
                var write = context.AddTask(CliText.Stage_Write, autoStart: false);
                var result = await import(new SyncProgress<ImportProgress>(p => Advance(p, read, check, write)));
                if (result.Succeeded)
                {
                    Complete(read);
                    Complete(check);
                    Complete(write);
                }
                else
                {
                    read.StopTask();
                    check.IsIndeterminate = false;
                    check.StopTask();
                    write.StopTask();
                }

                return result;
            });

    private static void Advance(ImportProgress progress, ProgressTask read, ProgressTask check, ProgressTask write)
    {
        switch (progress.Stage)
        {
            case ImportStage.Read:
                Begin(read);
                break;
            case ImportStage.Check:
                Complete(read);
                Begin(check);
                break;
            case ImportStage.Write:
                Complete(read);
                Complete(check);
                if (!write.IsStarted)
                {
                    write.StartTask();
                }

                write.MaxValue = Math.Max(1, progress.Total);
                write.Value = progress.Done;
                break;
        }
    }

    private static void Begin(ProgressTask task)
    {
        if (!task.IsStarted)
        {
            task.IsIndeterminate = true;
            task.StartTask();
        }
    }

    private static void Complete(ProgressTask task)
    {
        if (task.IsFinished)
        {
            return;
        }

        Begin(task);
        task.IsIndeterminate = false;
        task.Value = task.MaxValue;
        task.StopTask();
    }
}
