using ErAnalyzers.Samples;

return await SampleRunner.RunAsync(BadFailureDetection.BadFailureDetectionDesign.Create(), args);
