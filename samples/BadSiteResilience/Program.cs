using ErAnalyzers.Samples;

return await SampleRunner.RunAsync(BadSiteResilience.BadSiteResilienceDesign.Create(), args);
