using System.Collections.Generic;

namespace ErAnalyzers.Tests.Support;

/// <summary>
/// Strings a design read from an inventory, a spreadsheet or a JSON file could hold, for the fuzz of the DSL's string
/// parameters (run time) and of the analyzers' constants (compile time): ARM expressions, quotes and escapes, control
/// and invisible characters, look-alike letters, lengths no name has, empty and blank text, a trailing newline.
/// </summary>
internal static class HostileStrings
{
    public static IReadOnlyList<string?> All { get; } =
    [
        // ARM expressions, whole or in part, and brackets that only look like one.
        "[subscription().subscriptionId]",
        "[listKeys(resourceId('Microsoft.Storage/storageAccounts', 'st'), '2023-01-01').keys[0].value]",
        "[reference(resourceId('Microsoft.Network/virtualNetworks', 'hub'), '2025-09-01', 'Full')]",
        "[parameters('location')]",
        "[resourceGroup().location]",
        "[concat('west', 'europe')]",
        "[[subscription().subscriptionId]",
        "[[[x]",
        "[]",
        "[",
        "]",
        "[x] y",
        "x [subscription().id]",
        "[subscription().id]\n",
        " [subscription().id]",
        "[" + new string('a', 9_998) + "]",

        // Quotes, escapes and the syntax of other languages the template passes through.
        "it's",
        "a''b",
        "\"quoted\"",
        "\"}, {\"type\": \"Microsoft.Compute/virtualMachines\"",
        "back\\slash",
        "${subscription().id}",
        "{0}{1}",
        "%5Bsubscription().id%5D",
        "</script><script>alert(1)</script>",
        "../../etc/passwd",

        // Control, invisible and separator characters.
        "a\nb",
        "a\r\nb",
        "a\tb",
        "a\0b",
        "\u0007bell",
        "\u001B[31mred",
        "del\u007F",
        "nel\u0085",
        "line\u2028separator",
        "paragraph\u2029separator",
        "west\u200Beurope",
        "\u202Eeporuetsew",
        "\uFEFFwesteurope",
        "lone\uD800surrogate",
        "emoji\U0001F600",

        // Look-alikes of valid values, and letters whose case rules differ by culture.
        "west\u0435urope",
        "\u0415quinix",
        "\uFF57\uFF45\uFF53\uFF54\uFF45\uFF55\uFF52\uFF4F\uFF50\uFF45",
        "Amsterdam\u0301",
        "\u0130stanbul",
        "Stra\u00DFe",

        // Lengths: one past Azure's name limit, and far past anything.
        new string('a', 81),
        new string('a', 10_000),
        new string('[', 10_000),

        // Empty, blank and white space around a value, a trailing newline.
        "",
        " ",
        "\t",
        "\u00A0",
        "\u3000",
        " westeurope",
        "westeurope\n",
        "er-ams\n",
        "Equinix\r\n",

        // Values a field may take, so that the fuzz also writes templates with them.
        "westeurope",
        "West Europe",
        "er-ams",
        "a",
        null,
    ];
}
