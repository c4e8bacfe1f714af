using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ErAnalyzers.Benchmarks.Corpus;

/// <summary>
/// Ordinary C# that does not use the DSL, deterministically from a seed: per file a record, an enum, a store
/// interface with an in-memory implementation (locks, async streams) and a service of 6 to 20 methods (LINQ,
/// async/await, pattern matching, string building), 100 to 300 lines; plus one shared file the others use.
/// </summary>
public static class OrdinarySource
{
    private static readonly string[] Entities =
        ["Order", "Invoice", "Customer", "Shipment", "Ticket", "Payment", "Sensor", "Reading", "Account", "Booking", "Claim", "Device"];

    private static readonly string[] Areas = ["Billing", "Logistics", "Support", "Telemetry", "Identity", "Travel"];

    private static readonly Func<string, int, string>[] Methods =
    [
        TopByAmount, TotalsByStatus, Describe, RecentNames, CloseStaleAsync, Histogram, TryParse, Render, FirstOverAsync, Merge,
    ];

    /// <summary>The shared file and <paramref name="files"/> - 1 others.</summary>
    public static IReadOnlyList<string> Files(int files, int seed)
    {
        var random = new Random(seed);
        return [Common, .. Enumerable.Range(1, files - 1).Select(number => File(random, number))];
    }

    private const string Common = """
        using System;
        using System.Collections.Generic;

        namespace Contoso.Common;

        public interface IClock
        {
            DateTimeOffset UtcNow { get; }
        }

        public sealed class SystemClock : IClock
        {
            public DateTimeOffset UtcNow => DateTimeOffset.UtcNow;
        }

        public readonly record struct Result<T>(T? Value, string? Error)
        {
            public bool IsSuccess => Error is null;

            public static Result<T> Success(T value) => new(value, null);

            public static Result<T> Failure(string error) => new(default, error);
        }

        public static class Sequence
        {
            public static IEnumerable<IReadOnlyList<T>> Batches<T>(this IEnumerable<T> items, int size)
            {
                var batch = new List<T>(size);
                foreach (var item in items)
                {
                    batch.Add(item);
                    if (batch.Count == size)
                    {
                        yield return batch;
                        batch = new List<T>(size);
                    }
                }

                if (batch.Count > 0)
                {
                    yield return batch;
                }
            }
        }

        """;

    private static string File(Random random, int number)
    {
        string entity = Entities[random.Next(Entities.Length)] + number.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
        string area = Areas[random.Next(Areas.Length)];
        var code = new StringBuilder($$"""
            using System;
            using System.Collections.Generic;
            using System.Globalization;
            using System.Linq;
            using System.Runtime.CompilerServices;
            using System.Text;
            using System.Threading;
            using System.Threading.Tasks;
            using Contoso.Common;

            namespace Contoso.{{area}}.Module{{number:D4}};

            public enum {{entity}}Status
            {
                New,
                Active,
                Suspended,
                Closed,
            }

            public sealed record {{entity}}(Guid Id, string Name, decimal Amount, DateTimeOffset CreatedAt, {{entity}}Status Status)
            {
                public bool IsOpen => Status is {{entity}}Status.New or {{entity}}Status.Active;

                public {{entity}} Close() => this with { Status = {{entity}}Status.Closed };
            }

            public interface I{{entity}}Store
            {
                Task<{{entity}}?> FindAsync(Guid id, CancellationToken cancellationToken);

                IAsyncEnumerable<{{entity}}> ListAsync(CancellationToken cancellationToken);

                Task SaveAsync({{entity}} item, CancellationToken cancellationToken);
            }

            public sealed class InMemory{{entity}}Store : I{{entity}}Store
            {
                private readonly Dictionary<Guid, {{entity}}> items = new();
                private readonly Lock gate = new();

                public Task<{{entity}}?> FindAsync(Guid id, CancellationToken cancellationToken)
                {
                    lock (gate)
                    {
                        return Task.FromResult(items.TryGetValue(id, out var item) ? item : null);
                    }
                }

                public async IAsyncEnumerable<{{entity}}> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
                {
                    {{entity}}[] snapshot;
                    lock (gate)
                    {
                        snapshot = [.. items.Values];
                    }

                    foreach (var item in snapshot)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        await Task.Yield();
                        yield return item;
                    }
                }

                public Task SaveAsync({{entity}} item, CancellationToken cancellationToken)
                {
                    ArgumentNullException.ThrowIfNull(item);
                    lock (gate)
                    {
                        items[item.Id] = item;
                    }

                    return Task.CompletedTask;
                }
            }

            /// <summary>What the {{area}} module does with {{entity}} items.</summary>
            public sealed class {{entity}}Service(I{{entity}}Store store, IClock clock)
            {
                private readonly I{{entity}}Store store = store;
                private readonly IClock clock = clock;

            """);
        int count = random.Next(6, 21);
        for (int i = 0; i < count; i++)
        {
            code.Append('\n').Append(Methods[random.Next(Methods.Length)](entity, i));
        }

        return code.Append("}\n").ToString();
    }

    private static string TopByAmount(string e, int i) => $$"""
            public async Task<IReadOnlyList<{{e}}>> TopByAmount{{i}}Async(int count, CancellationToken cancellationToken)
            {
                var open = new List<{{e}}>();
                await foreach (var item in store.ListAsync(cancellationToken))
                {
                    if (item.IsOpen && item.Amount > {{i * 10}}m)
                    {
                        open.Add(item);
                    }
                }

                return [.. open.OrderByDescending(item => item.Amount).ThenBy(item => item.Name, StringComparer.Ordinal).Take(count)];
            }

        """;

    private static string TotalsByStatus(string e, int i) => $$"""
            public IReadOnlyDictionary<{{e}}Status, decimal> TotalsByStatus{{i}}(IEnumerable<{{e}}> items) =>
                items.Where(item => item.CreatedAt > clock.UtcNow.AddDays(-{{i + 7}}))
                    .GroupBy(item => item.Status)
                    .ToDictionary(group => group.Key, group => group.Sum(item => item.Amount));

        """;

    private static string Describe(string e, int i) => $$"""
            public static string Describe{{i}}({{e}} item) => item switch
            {
                { Status: {{e}}Status.Closed } => $"{item.Name} is closed",
                { Amount: > {{1000 + i}}m, Status: {{e}}Status.Active } => $"{item.Name} is large: {item.Amount.ToString("N2", CultureInfo.InvariantCulture)}",
                { Status: {{e}}Status.Suspended } => $"{item.Name} is on hold since {item.CreatedAt:yyyy-MM-dd}",
                _ => item.Name,
            };

        """;

    private static string RecentNames(string e, int i) => $$"""
            public IEnumerable<string> RecentNames{{i}}(IEnumerable<{{e}}> items)
            {
                var since = clock.UtcNow.AddHours(-{{24 + i}});
                return from item in items
                       where item.CreatedAt >= since && !string.IsNullOrWhiteSpace(item.Name)
                       orderby item.CreatedAt descending, item.Name
                       select item.Name.Trim().ToUpperInvariant();
            }

        """;

    private static string CloseStaleAsync(string e, int i) => $$"""
            public async Task<int> CloseStale{{i}}Async(TimeSpan age, CancellationToken cancellationToken)
            {
                int closed = 0;
                var cutoff = clock.UtcNow - age;
                await foreach (var item in store.ListAsync(cancellationToken).ConfigureAwait(false))
                {
                    if (item.IsOpen && item.CreatedAt < cutoff)
                    {
                        await store.SaveAsync(item.Close(), cancellationToken).ConfigureAwait(false);
                        closed++;
                    }
                }

                return closed;
            }

        """;

    private static string Histogram(string e, int i) => $$"""
            public static int[] Histogram{{i}}(IReadOnlyList<{{e}}> items, int buckets)
            {
                ArgumentOutOfRangeException.ThrowIfNegativeOrZero(buckets);
                var counts = new int[buckets];
                if (items.Count == 0)
                {
                    return counts;
                }

                decimal max = items.Max(item => item.Amount);
                foreach (var item in items)
                {
                    int bucket = max == 0 ? 0 : (int)Math.Min(buckets - 1, Math.Floor(item.Amount / max * buckets));
                    counts[bucket]++;
                }

                return counts;
            }

        """;

    private static string TryParse(string e, int i) => $$"""
            public Result<{{e}}> Parse{{i}}(string line)
            {
                var parts = line.Split(';', StringSplitOptions.TrimEntries);
                if (parts.Length != 3)
                {
                    return Result<{{e}}>.Failure($"expected 3 fields, got {parts.Length}");
                }

                if (!decimal.TryParse(parts[1], NumberStyles.Number, CultureInfo.InvariantCulture, out decimal amount))
                {
                    return Result<{{e}}>.Failure($"'{parts[1]}' is not an amount");
                }

                return Enum.TryParse<{{e}}Status>(parts[2], ignoreCase: true, out var status)
                    ? Result<{{e}}>.Success(new {{e}}(Guid.NewGuid(), parts[0], amount, clock.UtcNow, status))
                    : Result<{{e}}>.Failure($"'{parts[2]}' is not a status");
            }

        """;

    private static string Render(string e, int i) => $$"""
            public static string Render{{i}}(IEnumerable<{{e}}> items)
            {
                var text = new StringBuilder();
                foreach (var batch in items.Batches({{i + 2}}))
                {
                    text.Append("| ");
                    text.AppendJoin(" | ", batch.Select(item => $"{item.Name,-12} {item.Amount,10:F2}"));
                    text.AppendLine(" |");
                }

                return text.ToString();
            }

        """;

    private static string FirstOverAsync(string e, int i) => $$"""
            public async Task<{{e}}?> FirstOver{{i}}Async(decimal amount, CancellationToken cancellationToken)
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(TimeSpan.FromSeconds({{i + 1}}));
                try
                {
                    await foreach (var item in store.ListAsync(timeout.Token))
                    {
                        if (item.Amount > amount)
                        {
                            return await store.FindAsync(item.Id, timeout.Token);
                        }
                    }
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    return null;
                }

                return null;
            }

        """;

    private static string Merge(string e, int i) => $$"""
            public static IReadOnlyList<{{e}}> Merge{{i}}(IEnumerable<{{e}}> first, IEnumerable<{{e}}> second) =>
                first.Concat(second)
                    .GroupBy(item => item.Id)
                    .Select(group => group.MaxBy(item => item.CreatedAt)!)
                    .Where(item => item.Status != {{e}}Status.Closed || item.Amount > {{i}})
                    .ToList();

        """;
}
