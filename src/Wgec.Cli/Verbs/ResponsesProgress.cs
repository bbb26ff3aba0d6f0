using System;
using System.Globalization;
using System.Threading.Tasks;
using Spectre.Console;
using Wgec.Core.Consultation;

namespace Wgec.Cli.Verbs;

/// <summary>
/// The progress display of <c>wgec responses</c> on standard error: lines read, the rate, the time
/// elapsed and, for a file, the share of its bytes read. Shown on a terminal only; it clears itself at the end.
/// </summary>
internal static class ResponsesProgress
{
    public static ResponseFoldResult Show(CliConsole console, LineCountingStream stream, long? length, Task<ResponseFoldResult> fold)
    {
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(console.Error),
            Ansi = AnsiSupport.Detect,
            Interactive = InteractionSupport.Yes,
        });
        var started = DateTime.UtcNow;
        terminal.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("reading", autoStart: true, maxValue: length is > 0 ? length.Value : 1);
                task.IsIndeterminate = length is not > 0;
                while (true)
                {
                    var finished = await Task.WhenAny(fold, Task.Delay(200)).ConfigureAwait(false) == fold;
                    var seconds = Math.Max((DateTime.UtcNow - started).TotalSeconds, 0.001);
                    var lines = stream.LinesRead;
                    task.Description = string.Create(CultureInfo.InvariantCulture, $"{lines:N0} lines read, {lines / seconds:N0} lines/s");
                    if (length is > 0)
                    {
                        task.Value = stream.BytesRead;
                    }

                    if (finished)
                    {
                        task.StopTask();
                        return;
                    }
                }
            })
            .GetAwaiter()
            .GetResult();
        return fold.GetAwaiter().GetResult();
    }
}
