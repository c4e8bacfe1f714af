using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ErAnalyzers.Dsl.Diagrams;

/// <summary>
/// The text of a Mermaid flowchart: nodes in nested subgraphs, edges, and the classes that mark findings. Ids are made
/// here (<c>n1</c>, <c>n2</c>, ...) and every label is escaped, so no name of a design can break the syntax.
/// </summary>
internal sealed class MermaidFlowchart
{
    private readonly StringBuilder body = new();
    private readonly List<string> classAssignments = [];
    private readonly List<int> markedEdges = [];
    private int indent = 1;
    private int nextId;
    private int edges;

    /// <summary>The shape of a node: a box, a rounded box (<c>([...])</c>), a hexagon (<c>{{...}}</c>).</summary>
    public enum Shape
    {
        Box,
        Stadium,
        Hexagon,
    }

    /// <summary>How an edge is drawn.</summary>
    public enum Line
    {
        Solid,
        Dashed,
    }

    /// <summary>Adds a node; returns its id.</summary>
    public string Node(IEnumerable<string> lines, Shape shape = Shape.Box, string? cssClass = null)
    {
        string id = NewId();
        string label = Label(lines);
        string text = shape switch
        {
            Shape.Stadium => $"{id}([{label}])",
            Shape.Hexagon => $"{id}{{{{{label}}}}}",
            _ => $"{id}[{label}]",
        };
        WriteLine(text);
        Assign(id, cssClass);
        return id;
    }

    /// <summary>
    /// Opens a subgraph; returns its id. Close it with <see cref="End"/>. Its title is one line (the parts joined): Mermaid
    /// draws a title of several lines over the subgraph's first nodes.
    /// </summary>
    public string Subgraph(IEnumerable<string> parts, string? cssClass = null)
    {
        string id = NewId();
        WriteLine($"subgraph {id}[{Label([string.Join(" · ", parts)])}]");
        indent++;
        Assign(id, cssClass);
        return id;
    }

    /// <summary>Gives a node or subgraph drawn before a class.</summary>
    public void Classify(string id, string cssClass) => Assign(id, cssClass);

    /// <summary>Closes the innermost open subgraph.</summary>
    public void End()
    {
        indent--;
        WriteLine("end");
    }

    /// <summary>Adds an edge between two nodes or subgraphs; a marked edge is drawn in the finding colour.</summary>
    public void Edge(string from, string to, IEnumerable<string> lines, Line line = Line.Solid, bool marked = false)
    {
        var text = lines.ToList();
        string arrow = (line, text.Count) switch
        {
            (Line.Solid, 0) => "---",
            (Line.Dashed, 0) => "-.-",
            (Line.Solid, _) => $"-- {Label(text)} ---",
            _ => $"-. {Label(text)} .-",
        };
        WriteLine($"{from} {arrow} {to}");
        if (marked)
        {
            markedEdges.Add(edges);
        }

        edges++;
    }

    /// <summary>The flowchart, with the class definitions of <paramref name="classes"/> (name, CSS).</summary>
    public string ToText(string title, IEnumerable<(string Name, string Css)> classes)
    {
        var text = new StringBuilder()
            .Append("%% ").AppendLine(Escape(title))
            .AppendLine("flowchart LR")
            .Append(body);
        foreach (var (name, css) in classes)
        {
            text.Append("  classDef ").Append(name).Append(' ').AppendLine(css);
        }

        foreach (string assignment in classAssignments)
        {
            text.Append("  class ").AppendLine(assignment);
        }

        if (markedEdges.Count > 0)
        {
            text.Append("  linkStyle ").Append(string.Join(",", markedEdges.Select(i => i.ToString(CultureInfo.InvariantCulture))))
                .AppendLine(" stroke:#d1242f,stroke-width:2px");
        }

        return text.ToString();
    }

    private string NewId() => "n" + (++nextId).ToString(CultureInfo.InvariantCulture);

    private void Assign(string id, string? cssClass)
    {
        if (cssClass is not null && !classAssignments.Contains($"{id} {cssClass}"))
        {
            classAssignments.Add($"{id} {cssClass}");
        }
    }

    private void WriteLine(string text) => body.Append(' ', 2 * indent).AppendLine(text);

    // A quoted label, lines joined by <br/>. Mermaid reads #name; and #code; as entities inside quotes: every character
    // that could end the label, start a tag or an entity, or a line is written as its code. The title comment is
    // escaped alike, so that it holds nothing a page around the chart could read either.
    private static string Label(IEnumerable<string> lines) => "\"" + string.Join("<br/>", lines.Select(Escape)) + "\"";

    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (char character in text)
        {
            if (character is '"' or '#' or '<' or '>' or '&' or '`' or '\\' || char.IsControl(character))
            {
                escaped.Append('#').Append(((int)character).ToString(CultureInfo.InvariantCulture)).Append(';');
            }
            else
            {
                escaped.Append(character);
            }
        }

        return escaped.ToString();
    }
}
