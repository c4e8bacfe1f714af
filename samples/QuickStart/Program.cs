using ErAnalyzers.Samples;

return SampleRunner.Run(QuickStart.QuickStartDesign.Create(), args);
