using ErAnalyzers.Samples;

return SampleRunner.Run(BadSecurity.BadSecurityDesign.Create(), args);
