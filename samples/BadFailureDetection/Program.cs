using ErAnalyzers.Samples;

return SampleRunner.Run(BadFailureDetection.BadFailureDetectionDesign.Create(), args);
