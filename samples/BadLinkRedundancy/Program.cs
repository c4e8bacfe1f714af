using ErAnalyzers.Samples;

return await SampleRunner.RunAsync(BadLinkRedundancy.BadLinkRedundancyDesign.Create(), args);
