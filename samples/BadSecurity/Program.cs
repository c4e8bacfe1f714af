using ErAnalyzers.Samples;

return await SampleRunner.RunAsync(BadSecurity.BadSecurityDesign.Create(), args);
