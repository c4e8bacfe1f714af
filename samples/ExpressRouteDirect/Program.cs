using ErAnalyzers.Samples;

return SampleRunner.Run(ExpressRouteDirect.ExpressRouteDirectDesign.Create(), args);
