namespace MuscleSpasmInfo.Web.Commands;

/// <summary>Splits the command line into a command (check, export, or none to serve) and configuration arguments.</summary>
internal sealed record CommandLine(string? Command, string[] ConfigurationArgs, string? OutputFolder, bool List = false, string? Related = null)
{
    public static CommandLine Parse(string[] args)
    {
        var command = args.Length > 0 && args[0] is "check" or "export" ? args[0] : null;
        var rest = new List<string>();
        string? output = null;
        var list = false;
        string? related = null;
        for (var i = command is null ? 0 : 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--content" when i + 1 < args.Length:
                    rest.Add($"--Content:Path={args[++i]}");
                    break;
                case "--list" when command == "check":
                    list = true;
                    break;
                case "--related" when command == "check" && i + 1 < args.Length:
                    related = args[++i];
                    break;
                case "--out" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        if (command == "export")
        {
            // Thousands of requests to itself would bury the summary, and must not be rate limited; a page that fails
            // is reported by the export itself in one line, so neither the request log nor the stack trace that the
            // exception handler and the error page log is wanted (content problems still show at Warning). Each page is rendered once, so the page
            // cache would only hold every page in memory until the end. An export is for the public, so drafts stay
            // out unless the command line asks for them.
            rest.InsertRange(0, [
                $"--Serilog:MinimumLevel:Override:{typeof(Logging.RequestLogMiddleware).FullName}=Fatal",
                $"--Serilog:MinimumLevel:Override:{typeof(Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware).FullName}=Fatal",
                $"--Serilog:MinimumLevel:Override:{typeof(Pages.ErrorModel).FullName}=Fatal",
                "--RateLimit:PermitLimit=0",
                "--Serving:MaxEntries=0",
                "--Content:ShowDrafts=false",
            ]);
        }

        return new CommandLine(command, [.. rest], output, list, related);
    }
}
