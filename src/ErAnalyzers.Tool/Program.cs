return ErAnalyzers.Tool.Cli.Run(args);
