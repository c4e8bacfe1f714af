using ErAnalyzers.Samples;

return SampleRunner.Run(BadSiteResilience.BadSiteResilienceDesign.Create(), args);
