using System.Text.Json;

namespace ErAnalyzers.Dsl.Arm;

/// <summary>
/// The template's JSON writer: the one way the template writer writes a string, property names included, each an
/// <see cref="ArmString"/>, so that a design's text is always written as a literal.
/// </summary>
internal sealed class ArmJson(Utf8JsonWriter json)
{
    public void StartObject() => json.WriteStartObject();

    public void StartObject(ArmString property) => json.WriteStartObject(property.Json);

    public void EndObject() => json.WriteEndObject();

    public void StartArray(ArmString property) => json.WriteStartArray(property.Json);

    public void EndArray() => json.WriteEndArray();

    public void String(ArmString property, ArmString value) => json.WriteString(property.Json, value.Json);

    /// <summary>A string element of an array.</summary>
    public void String(ArmString value) => json.WriteStringValue(value.Json);

    public void Number(ArmString property, long value) => json.WriteNumber(property.Json, value);

    public void Boolean(ArmString property, bool value) => json.WriteBoolean(property.Json, value);
}
