using ErAnalyzers.Samples;

return SampleRunner.Run(MaximumResiliency.MaximumResiliencyDesign.Create(), args);
