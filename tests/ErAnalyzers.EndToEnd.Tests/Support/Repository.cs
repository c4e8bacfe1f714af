using System;
using System.IO;

namespace ErAnalyzers.EndToEnd.Tests.Support;

/// <summary>The repository the tests run from.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ErAnalyzers.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No ErAnalyzers.sln above {AppContext.BaseDirectory}.");
    }
}
