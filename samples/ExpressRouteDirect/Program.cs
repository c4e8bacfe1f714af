using ErAnalyzers.Samples;

return await SampleRunner.RunAsync(ExpressRouteDirect.ExpressRouteDirectDesign.Create(), args);
