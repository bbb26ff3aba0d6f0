using System.Collections.Generic;
using System.Globalization;

namespace Wgec.Core.Consensus;

/// <summary>
/// Parses the text form of a <see cref="RuleDescriptor"/> (what <see cref="RuleDescriptor.ToString"/>
/// writes), e.g. <c>all-of(un-consensus(quorum=0.5), qualified-majority(share=0.75))</c>.
/// </summary>
internal sealed class RuleDescriptorParser
{
    private const int MaxDepth = 16;
    private readonly string _text;
    private int _at;

    private RuleDescriptorParser(string text) => _text = text;

    internal static RuleDescriptor? TryParse(string text, out string? error)
    {
        var parser = new RuleDescriptorParser(text);
        var result = parser.Descriptor(0, out error);
        parser.SkipSpace();
        if (result is not null && parser._at != text.Length)
        {
            error = $"unexpected '{text[parser._at]}' at position {parser._at.ToString(CultureInfo.InvariantCulture)}.";
            return null;
        }

        return result;
    }

    private RuleDescriptor? Descriptor(int depth, out string? error)
    {
        if (depth > MaxDepth)
        {
            error = $"rules nest deeper than {MaxDepth.ToString(CultureInfo.InvariantCulture)} levels.";
            return null;
        }

        SkipSpace();
        var name = Word();
        if (name.Length == 0)
        {
            error = $"expected a rule name at position {_at.ToString(CultureInfo.InvariantCulture)}.";
            return null;
        }

        var parameters = new List<KeyValuePair<string, double>>();
        var children = new List<RuleDescriptor>();
        SkipSpace();
        if (Peek('('))
        {
            _at++;
            do
            {
                SkipSpace();
                var start = _at;
                var word = Word();
                SkipSpace();
                if (Peek('='))
                {
                    _at++;
                    SkipSpace();
                    var numberStart = _at;
                    var number = new System.Text.StringBuilder();
                    while (_at < _text.Length && IsNumberChar(_text[_at]))
                    {
                        number.Append(_text[_at++]);
                    }

                    if (!double.TryParse(number.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                    {
                        error = $"parameter '{word}' needs a number at position {numberStart.ToString(CultureInfo.InvariantCulture)}.";
                        return null;
                    }

                    parameters.Add(new KeyValuePair<string, double>(word, value));
                }
                else
                {
                    _at = start;
                    var child = Descriptor(depth + 1, out error);
                    if (child is null)
                    {
                        return null;
                    }

                    children.Add(child);
                }

                SkipSpace();
            }
            while (Accept(','));

            if (!Accept(')'))
            {
                error = $"expected ')' at position {_at.ToString(CultureInfo.InvariantCulture)}.";
                return null;
            }
        }

        try
        {
            error = null;
            return new RuleDescriptor(name, parameters, children);
        }
        catch (DomainValidationException ex)
        {
            error = Internal.ExceptionText.WithoutParameter(ex);
            return null;
        }
    }

    private static bool IsNumberChar(char c) => (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E';

    private string Word()
    {
        var start = _at;
        while (_at < _text.Length && (char.IsLetterOrDigit(_text[_at]) || _text[_at] == '-'))
        {
            _at++;
        }

        return _text.Substring(start, _at - start);
    }

    private void SkipSpace()
    {
        while (_at < _text.Length && char.IsWhiteSpace(_text[_at]))
        {
            _at++;
        }
    }

    private bool Peek(char c) => _at < _text.Length && _text[_at] == c;

    private bool Accept(char c)
    {
        SkipSpace();
        if (!Peek(c))
        {
            return false;
        }

        _at++;
        return true;
    }
}
