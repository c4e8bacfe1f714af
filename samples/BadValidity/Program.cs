using ErAnalyzers.Samples;

return await SampleRunner.RunAsync(BadValidity.BadValidityDesign.Create(), args);
