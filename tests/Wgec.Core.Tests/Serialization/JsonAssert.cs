using System.Text.Json;
using Wgec.Core.Serialization;

namespace Wgec.Core.Tests.Serialization;

/// <summary>Round-trip and invalid-JSON helpers shared by every serialization test.</summary>
internal static class JsonAssert
{
    /// <summary>
    /// Writes <paramref name="value"/>, reads it back, and asserts that the copy is equal and that
    /// writing the copy gives byte-identical JSON. Returns the JSON for further checks.
    /// </summary>
    public static string RoundTrips<T>(T value)
    {
        var json = JsonSerializer.Serialize(value, WgecJson.Options);
        var copy = JsonSerializer.Deserialize<T>(json, WgecJson.Options);
        copy.Should().Be(value, "reading what was written must give an equal value; the JSON was {0}", json);
        JsonSerializer.Serialize(copy, WgecJson.Options).Should().Be(json, "re-serialization must be byte-identical");
        return json;
    }

    /// <summary>
    /// Asserts that reading <paramref name="json"/> as <typeparamref name="T"/> fails with a
    /// <see cref="JsonException"/> whose message (or one of whose errors) contains each fragment.
    /// </summary>
    public static JsonException FailsToRead<T>(string json, params string[] expectedFragments)
    {
        var act = () => JsonSerializer.Deserialize<T>(json, WgecJson.Options);
        var exception = act.Should().Throw<JsonException>().Which;
        var text = exception is WgecFormatException format
            ? exception.Message + "\n" + string.Join("\n", format.Errors)
            : exception.Message;
        foreach (var fragment in expectedFragments)
        {
            text.Should().Contain(fragment);
        }

        return exception;
    }
}
