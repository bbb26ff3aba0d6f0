using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using Wgec.Core.Reporting.Charts;

namespace Wgec.Core.Tests.Reporting.Charts;

/// <summary>Parses chart output and finds its parts by class.</summary>
internal static class SvgAssert
{
    internal static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>Parses the SVG and checks the root: namespace, role, viewBox, size, title and desc first.</summary>
    internal static XElement ParseAccessible(InlineSvg chart, string title, string description)
    {
        var root = XDocument.Parse(chart.Markup).Root!;
        root.Name.Should().Be(Svg + "svg");
        root.Attribute("role")!.Value.Should().Be("img");
        var viewBox = root.Attribute("viewBox")!.Value.Split(' ');
        viewBox.Should().HaveCount(4);
        viewBox.Select(v => double.Parse(v, CultureInfo.InvariantCulture)).Should().OnlyContain(v => v >= 0);
        root.Elements().First().Name.Should().Be(Svg + "title");
        root.Elements().First().Value.Should().Be(title);
        root.Elements().Skip(1).First().Name.Should().Be(Svg + "desc");
        root.Elements().Skip(1).First().Value.Should().Be(description);
        chart.Title.Should().Be(title);
        chart.Markup.Should().NotContain("\r");
        return root;
    }

    /// <summary>The elements whose class list contains <paramref name="cssClass"/>, in document order.</summary>
    internal static List<XElement> WithClass(XElement root, string cssClass) =>
        root.Descendants().Where(e => ((string?)e.Attribute("class"))?.Split(' ').Contains(cssClass) == true).ToList();

    /// <summary>The texts of the elements with a class.</summary>
    internal static List<string> Texts(XElement root, string cssClass) => WithClass(root, cssClass).Select(e => e.Value).ToList();

    internal static double Number(XElement element, string attribute) =>
        double.Parse(element.Attribute(attribute)!.Value, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Runs <paramref name="render"/> under the invariant culture and under de-DE and checks the output is identical.</summary>
    internal static string SameUnderAnyCulture(Func<string> render)
    {
        var original = CultureInfo.CurrentCulture;
        var originalUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            var first = render();
            render().Should().Be(first, "rendering twice gives the same bytes");
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            CultureInfo.CurrentUICulture = new CultureInfo("de-DE");
            1.5.ToString(CultureInfo.CurrentCulture).Should().Be("1,5", "the test culture really uses a decimal comma");
            render().Should().Be(first, "the output does not depend on the current culture");
            return first;
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
            CultureInfo.CurrentUICulture = originalUi;
        }
    }
}
