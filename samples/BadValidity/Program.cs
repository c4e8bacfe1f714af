using ErAnalyzers.Samples;

return SampleRunner.Run(BadValidity.BadValidityDesign.Create(), args);
