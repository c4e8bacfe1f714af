using ErAnalyzers.Samples;

return SampleRunner.Run(BadLinkRedundancy.BadLinkRedundancyDesign.Create(), args);
