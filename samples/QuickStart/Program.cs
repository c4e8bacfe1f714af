using ErAnalyzers.Samples;

return await SampleRunner.RunAsync(QuickStart.QuickStartDesign.Create(), args);
