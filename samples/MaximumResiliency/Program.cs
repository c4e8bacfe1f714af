using ErAnalyzers.Samples;

return await SampleRunner.RunAsync(MaximumResiliency.MaximumResiliencyDesign.Create(), args);
